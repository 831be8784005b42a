package io.tradehub.format.ack;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegments;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ack.Verdicts.MessageVerdict;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.stream.EDIStreamException;
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
		try {
			EdifactAnswer answer = EdifactAnswer.open(answered, interchangeReference, now);
			EdiSegments out = answer.segments();
			out.segment("UNH", messageReference, answer.syntax4() ? new String[] { "CONTRL", "4", "1", "UN" }
					: new String[] { "CONTRL", "D", "3", "UN" });
			uci(out, verdicts);
			boolean interchangeRejected = !verdicts.outside().isEmpty();
			for (MessageVerdict message : verdicts.messages()) {
				ucm(out, message, interchangeRejected);
			}
			out.segment("UNT", Integer.toString(out.count() + 1), messageReference);
			return answer.close(1);
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The CONTRL cannot be written: " + ex.getMessage(), ex);
		}
	}

	/**
	 * UCI reports one error, the first with the envelope; a problem with a group's UNG or
	 * UNE rejects the interchange too, CONTRL having no UCF here.
	 */
	private static void uci(EdiSegments out, Verdicts verdicts) {
		Interchange answered = verdicts.interchange();
		List<ParseProblem> problems = verdicts.outside();
		ParseProblem first = problems.isEmpty() ? null : problems.get(0);
		out.segment("UCI",
				withError(first, answered.controlReference(), EdifactAnswer.identification(answered.sender()),
						EdifactAnswer.identification(answered.receiver()), (first != null) ? REJECTED : ACKNOWLEDGED));
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

}
