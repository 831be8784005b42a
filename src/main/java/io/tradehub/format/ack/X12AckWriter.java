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
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.tradehub.format.Delimiters;
import io.tradehub.format.EdiGroup;
import io.tradehub.format.EdiMessage;
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
 * A set whose document the hub's rules refused is rejected too (AK5/IK5 {@code R}, with
 * no code: the standard's codes are all syntax ones); the reason goes in words in an 824
 * application advice ({@link #advice}), as 997 and 999 have no place for text.
 */
final class X12AckWriter {

	/** TED02 is an..60 in 004010 and 005010; the whole reason follows in NTE. */
	private static final int SUMMARY_LENGTH = 60;

	/** NTE02 is an..80. */
	private static final int NOTE_LENGTH = 80;

	/** The sets that acknowledge themselves, which are not acknowledged back. */
	private static final Set<String> ACKNOWLEDGEMENTS = Set.of("997", "999");

	private final Verdicts verdicts;

	private final Interchange answered;

	private final boolean v5010;

	/** Per set the rules refused, its document's number and the reason. */
	private final Map<MessageVerdict, DocumentVerdict> refused = new LinkedHashMap<>();

	X12AckWriter(Verdicts verdicts) {
		this(verdicts, List.of());
	}

	/**
	 * @param documents the rules' verdict on the document of each set that is not an
	 * acknowledgement, in order; empty when problems kept the documents from being read
	 */
	X12AckWriter(Verdicts verdicts, List<DocumentVerdict> documents) {
		this.verdicts = verdicts;
		this.answered = verdicts.interchange();
		this.v5010 = this.answered.syntaxVersion().compareTo("00501") >= 0;
		if (!documents.isEmpty()) {
			List<MessageVerdict> sets = verdicts.messages()
				.stream()
				.filter((verdict) -> !ACKNOWLEDGEMENTS.contains(verdict.message().type()))
				.toList();
			if (sets.size() != documents.size()) {
				throw new IllegalArgumentException("The interchange " + this.answered.controlReference() + " has "
						+ sets.size() + " sets to answer but " + documents.size() + " verdicts");
			}
			for (int i = 0; i < sets.size(); i++) {
				if (documents.get(i).refusal() != null) {
					this.refused.put(sets.get(i), documents.get(i));
				}
			}
		}
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
			boolean rejected = verdict.rejected() || this.refused.containsKey(verdict);
			List<Object> ak5 = new ArrayList<>();
			ak5.add(rejected ? "R" : "A");
			codes.stream().limit(5).forEach(ak5::add);
			out.segment(this.v5010 ? "IK5" : "AK5", ak5.toArray());
			accepted += rejected ? 0 : 1;
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

	/**
	 * The 824 telling the sender why the rules refused its documents: an OTI rejecting
	 * each (OTI01 TR) by its number and its group's and set's control numbers, a TED with
	 * the reason's start and NTE segments with the whole reason.
	 * @return empty when no document was refused
	 */
	Optional<byte[]> advice(String isa13, String gs06, String st02, ZonedDateTime now) {
		if (this.refused.isEmpty()) {
			return Optional.empty();
		}
		EdiGroup first = this.refused.keySet().iterator().next().message().group();
		return Optional.of(write(isa13, now, (out) -> {
			out.segment("GS", "AG", first.receiver().id(), first.sender().id(),
					DateTimeFormatter.ofPattern("yyyyMMdd").format(now),
					DateTimeFormatter.ofPattern("HHmm").format(now), gs06, "X", version(first));
			out.resetCount();
			out.segment("ST", "824", st02);
			out.segment("BGN", "00", isa13, DateTimeFormatter.ofPattern("yyyyMMdd").format(now));
			this.refused.forEach((set, document) -> {
				EdiMessage message = set.message();
				out.segment("OTI", "TR", "TN", text(document.documentNumber()), null, null, null, null,
						message.group().controlReference(), message.controlReference(), message.type());
				String reason = text(document.refusal());
				out.segment("TED", AcknowledgementWriter.ADVICE_REFUSED,
						reason.substring(0, Math.min(reason.length(), SUMMARY_LENGTH)).strip());
				for (int start = 0; start < reason.length(); start += NOTE_LENGTH) {
					out.segment("NTE", "ADD", reason.substring(start, Math.min(reason.length(), start + NOTE_LENGTH)));
				}
			});
			out.segment("SE", Integer.toString(out.count() + 1), st02);
			out.segment("GE", "1", gs06);
			return 1;
		}));
	}

	/**
	 * Free text as X12 can carry it: no release character, so a separator becomes a
	 * space, and only the basic characters, so an accent is dropped.
	 */
	private String text(String text) {
		Delimiters delimiters = this.answered.delimiters();
		String plain = AperakWriter.text(text, StandardCharsets.US_ASCII);
		StringBuilder out = new StringBuilder(plain.length());
		for (char character : plain.toCharArray()) {
			boolean separator = character == delimiters.segment() || character == delimiters.element()
					|| character == delimiters.component()
					|| (delimiters.repetition() != null && character == delimiters.repetition());
			out.append(separator ? ' ' : character);
		}
		return out.toString();
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
