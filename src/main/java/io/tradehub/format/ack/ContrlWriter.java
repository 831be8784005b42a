package io.tradehub.format.ack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.jspecify.annotations.Nullable;

/**
 * Writes a CONTRL interchange answering one EDIFACT interchange: UCI for the interchange,
 * a UCM for each message, and under a rejected message a UCS for each segment in error
 * (position from UNH = 1) with a UCD for each element in error.
 */
final class ContrlWriter {

	/** Interchange and message acknowledged, and all lower levels if not rejected. */
	static final String ACKNOWLEDGED = "7";

	/** This level and all lower levels rejected. */
	static final String REJECTED = "4";

	private ContrlWriter() {
	}

	static byte[] write(Verdicts verdicts, String interchangeReference, String messageReference, ZonedDateTime now) {
		Interchange answered = verdicts.interchange();
		boolean syntax4 = syntaxVersion(answered) >= 4;
		Charset charset = charset(answered.syntaxIdentifier());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		try {
			EDIStreamWriter writer = AckOutput.edifact(answered.delimiters())
				.createEDIStreamWriter(bytes, charset.name());
			writer.setControlSchema(SchemaFactory.newFactory()
				.getControlSchema(Standards.EDIFACT,
						new String[] { answered.syntaxIdentifier(), syntax4 ? "4" : "3" }));
			EdiSegments out = new EdiSegments(writer);
			writer.startInterchange();
			out.segment("UNA");
			out.segment("UNB", new String[] { answered.syntaxIdentifier(), syntax4 ? "4" : "3" },
					identification(answered.receiver()), identification(answered.sender()),
					new String[] { DateTimeFormatter.ofPattern(syntax4 ? "yyyyMMdd" : "yyMMdd").format(now),
							DateTimeFormatter.ofPattern("HHmm").format(now) },
					interchangeReference, null, null, null, null, null, answered.test() ? "1" : null);
			out.resetCount();
			out.segment("UNH", messageReference,
					syntax4 ? new String[] { "CONTRL", "4", "1", "UN" } : new String[] { "CONTRL", "D", "3", "UN" });
			uci(out, verdicts);
			boolean interchangeRejected = !verdicts.outside().isEmpty();
			for (MessageVerdict message : verdicts.messages()) {
				ucm(out, message, interchangeRejected);
			}
			out.segment("UNT", Integer.toString(out.count() + 1), messageReference);
			out.segment("UNZ", "1", interchangeReference);
			writer.endInterchange();
			writer.close();
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The CONTRL cannot be written: " + ex.getMessage(), ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * UCI reports one error, the first with the envelope; a problem with a group's UNG or
	 * UNE rejects the interchange too, CONTRL having no UCF here.
	 */
	private static void uci(EdiSegments out, Verdicts verdicts) {
		Interchange answered = verdicts.interchange();
		List<ParseProblem> problems = verdicts.outside();
		ParseProblem first = problems.isEmpty() ? null : problems.get(0);
		out.segment("UCI", withError(first, answered.controlReference(), identification(answered.sender()),
				identification(answered.receiver()), (first != null) ? REJECTED : ACKNOWLEDGED));
	}

	private static void ucm(EdiSegments out, MessageVerdict verdict, boolean interchangeRejected) {
		EdiMessage message = verdict.message();
		List<String> identifier = new ArrayList<>(
				List.of(message.type(), message.version(), message.release(), message.agency()));
		if (!message.association().isEmpty()) {
			identifier.add(message.association());
		}
		ParseProblem first = verdict.envelope().isEmpty() ? null : verdict.envelope().get(0);
		String action = (verdict.rejected() || interchangeRejected) ? REJECTED : ACKNOWLEDGED;
		out.segment("UCM", withError(first, message.controlReference(), identifier.toArray(String[]::new), action));
		Map<Integer, List<ParseProblem>> bySegment = new LinkedHashMap<>();
		for (ParseProblem problem : verdict.body()) {
			bySegment.computeIfAbsent(verdict.positionInMessage(problem), (position) -> new ArrayList<>()).add(problem);
		}
		bySegment.forEach((position, problems) -> ucs(out, position, problems));
	}

	/** A segment-level problem is coded on UCS; element-level ones each on a UCD. */
	private static void ucs(EdiSegments out, int position, List<ParseProblem> problems) {
		List<ParseProblem> elements = problems.stream()
			.filter((problem) -> ElementPosition.of(problem.segment(), problem.element()) != null)
			.toList();
		ParseProblem segmentLevel = problems.stream()
			.filter((problem) -> !elements.contains(problem))
			.findFirst()
			.orElse(null);
		out.segment("UCS", Integer.toString(position),
				(segmentLevel != null) ? SyntaxCodes.edifact(segmentLevel) : null);
		for (ParseProblem problem : elements) {
			ElementPosition element = ElementPosition.of(problem.segment(), problem.element());
			out.segment("UCD", SyntaxCodes.edifact(problem), element.components());
		}
	}

	/** The leading elements, then 0083 and, for an error, 0085, 0013 and S011. */
	private static Object[] withError(@Nullable ParseProblem problem, Object... leading) {
		List<Object> elements = new ArrayList<>(List.of(leading));
		if (problem != null) {
			elements.add(SyntaxCodes.edifact(problem));
			elements.add(problem.segment());
			ElementPosition position = ElementPosition.of(problem.segment(), problem.element());
			elements.add((position != null) ? position.components() : null);
		}
		return elements.toArray();
	}

	private static String[] identification(Party party) {
		return (party.qualifier() != null) ? new String[] { party.id(), party.qualifier() }
				: new String[] { party.id() };
	}

	private static int syntaxVersion(Interchange interchange) {
		try {
			return Integer.parseInt(interchange.syntaxVersion());
		}
		catch (NumberFormatException ex) {
			return 3;
		}
	}

	/** The encoding the sender's syntax identifier declares, which the answer keeps. */
	private static Charset charset(String syntaxIdentifier) {
		return switch (syntaxIdentifier) {
			case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
			case "UNOW", "UNOY" -> StandardCharsets.UTF_8;
			default -> StandardCharsets.ISO_8859_1;
		};
	}

}
