package io.tradehub.format.ack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.tradehub.format.EdiGroup;
import io.tradehub.format.EdiSegments;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.Party;
import io.tradehub.format.ack.Verdicts.MessageVerdict;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes the X12 interchange answering one X12 interchange: a TA1 for its envelope, or a
 * 997 (before 005010) or 999 (005010 on) per functional group with an AK2 for each set,
 * AK3/IK3 for each segment in error (position from ST = 1) and AK4/IK4 for each element.
 */
final class X12AckWriter {

	private final Verdicts verdicts;

	private final Interchange answered;

	private final boolean v5010;

	X12AckWriter(Verdicts verdicts) {
		this.verdicts = verdicts;
		this.answered = verdicts.interchange();
		this.v5010 = this.answered.syntaxVersion().compareTo("00501") >= 0;
	}

	/** The interchange's own problems: those with ISA and IEA, or with no segment. */
	List<ParseProblem> envelopeProblems() {
		return this.verdicts.interchangeProblems();
	}

	byte[] ta1(String isa13, ZonedDateTime now) {
		List<ParseProblem> problems = envelopeProblems();
		return write(isa13, now, (out) -> {
			out.segment("TA1", this.answered.controlReference(), this.answered.date(), this.answered.time(),
					problems.isEmpty() ? "A" : "R", problems.isEmpty() ? "000" : SyntaxCodes.ta1(problems.get(0)));
			return 0;
		});
	}

	byte[] functional(String isa13, String gs06, Supplier<String> st02s, ZonedDateTime now) {
		Map<EdiGroup, List<MessageVerdict>> groups = new LinkedHashMap<>();
		for (MessageVerdict verdict : this.verdicts.messages()) {
			if (verdict.message().group() != null) {
				groups.computeIfAbsent(verdict.message().group(), (group) -> new ArrayList<>()).add(verdict);
			}
		}
		return write(isa13, now, (out) -> {
			EdiGroup first = groups.isEmpty() ? null : groups.keySet().iterator().next();
			out.segment("GS", "FA", (first != null) ? first.receiver().id() : this.answered.receiver().id(),
					(first != null) ? first.sender().id() : this.answered.sender().id(),
					DateTimeFormatter.ofPattern("yyyyMMdd").format(now),
					DateTimeFormatter.ofPattern("HHmm").format(now), gs06, "X",
					this.v5010 ? "005010X231" : version(first));
			groups.forEach((group, sets) -> set(out, group, sets, st02s.get()));
			out.segment("GE", Integer.toString(groups.size()), gs06);
			return 1;
		});
	}

	private void set(EdiSegments out, EdiGroup group, List<MessageVerdict> sets, String st02) {
		out.resetCount();
		if (this.v5010) {
			out.segment("ST", "999", st02, "005010X231");
		}
		else {
			out.segment("ST", "997", st02);
		}
		out.segment("AK1", group.functionalId(), group.controlReference(), this.v5010 ? group.version() : null);
		int accepted = 0;
		for (MessageVerdict verdict : sets) {
			out.segment("AK2", verdict.message().type(), verdict.message().controlReference());
			segments(out, verdict);
			Set<String> codes = new LinkedHashSet<>();
			verdict.envelope().forEach((problem) -> codes.add(SyntaxCodes.x12Set(problem)));
			if (!verdict.body().isEmpty()) {
				codes.add("5");
			}
			List<Object> ak5 = new ArrayList<>();
			ak5.add(verdict.rejected() ? "R" : "A");
			codes.stream().limit(5).forEach(ak5::add);
			out.segment(this.v5010 ? "IK5" : "AK5", ak5.toArray());
			accepted += verdict.rejected() ? 0 : 1;
		}
		List<ParseProblem> groupProblems = groupProblems(sets);
		String status = (!groupProblems.isEmpty() || accepted == 0) ? "R" : (accepted < sets.size()) ? "P" : "A";
		List<Object> ak9 = new ArrayList<>(List.of(status, Integer.toString(sets.size()), Integer.toString(sets.size()),
				Integer.toString(groupProblems.isEmpty() ? accepted : 0)));
		groupProblems.stream()
			.map(SyntaxCodes::x12Group)
			.filter((code) -> code != null)
			.distinct()
			.limit(5)
			.forEach(ak9::add);
		out.segment("AK9", ak9.toArray());
		out.segment("SE", Integer.toString(out.count() + 1), st02);
	}

	/** AK3 per segment in error, coded itself or 8 with an AK4 per element in error. */
	private void segments(EdiSegments out, MessageVerdict verdict) {
		Map<Integer, List<ParseProblem>> bySegment = new LinkedHashMap<>();
		for (ParseProblem problem : verdict.body()) {
			bySegment.computeIfAbsent(verdict.positionInMessage(problem), (position) -> new ArrayList<>()).add(problem);
		}
		bySegment.forEach((position, problems) -> {
			List<ParseProblem> elements = problems.stream()
				.filter((problem) -> ElementPosition.of(problem.segment(), problem.element()) != null)
				.toList();
			ParseProblem segmentLevel = problems.stream()
				.filter((problem) -> !elements.contains(problem))
				.findFirst()
				.orElse(null);
			out.segment(this.v5010 ? "IK3" : "AK3", problems.get(0).segment(), Integer.toString(position), null,
					(segmentLevel != null) ? SyntaxCodes.x12Segment(segmentLevel) : "8");
			for (ParseProblem problem : elements) {
				ElementPosition element = ElementPosition.of(problem.segment(), problem.element());
				out.segment(this.v5010 ? "IK4" : "AK4", element.components(), null,
						SyntaxCodes.x12Element(problem, this.v5010));
			}
		});
	}

	/** The problems with this group's GS and GE: those just before or after its sets. */
	private List<ParseProblem> groupProblems(List<MessageVerdict> sets) {
		int first = sets.get(0).first() - 1;
		int last = sets.get(sets.size() - 1).last() + 1;
		return this.verdicts.outside()
			.stream()
			.filter(Verdicts::isGroupProblem)
			.filter((problem) -> problem.segmentPosition() != null && first <= problem.segmentPosition()
					&& problem.segmentPosition() <= last)
			.toList();
	}

	private String version(EdiGroup group) {
		return (group != null && !group.version().isBlank()) ? group.version() : "004010";
	}

	private byte[] write(String isa13, ZonedDateTime now, Body body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		Party sender = this.answered.receiver();
		Party receiver = this.answered.sender();
		try {
			EDIStreamWriter writer = AckOutput.x12(this.answered.delimiters())
				.createEDIStreamWriter(bytes, StandardCharsets.US_ASCII.name());
			writer.setControlSchema(SchemaFactory.newFactory()
				.getControlSchema(Standards.X12, new String[] { this.answered.syntaxVersion() }));
			EdiSegments out = new EdiSegments(writer);
			writer.startInterchange();
			// ISA is fixed width: identities padded to 15, the qualifiers to 2.
			out.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), pad(qualifier(sender), 2),
					pad(sender.id(), 15), pad(qualifier(receiver), 2), pad(receiver.id(), 15),
					DateTimeFormatter.ofPattern("yyMMdd").format(now), DateTimeFormatter.ofPattern("HHmm").format(now),
					this.answered.syntaxIdentifier(), this.answered.syntaxVersion(), isa13, "0",
					this.answered.test() ? "T" : "P", Character.toString(this.answered.delimiters().component()));
			int groups = body.write(out);
			out.segment("IEA", Integer.toString(groups), isa13);
			writer.endInterchange();
			writer.close();
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The X12 acknowledgement cannot be written: " + ex.getMessage(), ex);
		}
		return bytes.toByteArray();
	}

	private static String qualifier(Party party) {
		return (party.qualifier() != null) ? party.qualifier() : "ZZ";
	}

	private static String pad(String value, int width) {
		return (value.length() >= width) ? value : value + " ".repeat(width - value.length());
	}

	/** Writes what comes between ISA and IEA and says how many groups it wrote. */
	@FunctionalInterface
	private interface Body {

		int write(EdiSegments out);

	}

}
