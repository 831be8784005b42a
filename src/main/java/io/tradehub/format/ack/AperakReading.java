package io.tradehub.format.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Acknowledged;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiElement;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads an APERAK, the partner's application's verdict on a document: RFF names the
 * document (ACW, then ON, then any), BGM 1225 or else the ERC segments give the status,
 * and each ERC with the FTX that follows it is a problem.
 */
final class AperakReading {

	/** BGM 1225 codes that accept: 29 without amendment, 30 and 44 with. */
	private static final Set<String> ACCEPTING = Set.of("29", "30", "44");

	/** BGM 1225 code that rejects: 27 not accepted. */
	private static final String NOT_ACCEPTED = "27";

	private AperakReading() {
	}

	static MappedMessage read(Interchange interchange, EdiMessage message, String channel, AckEnvelopes envelopes) {
		List<EdiSegment> segments = message.segments();
		String reference = reference(segments);
		if (reference == null) {
			EdiSegment unh = segments.get(0);
			return MappedMessage.of(new ParseProblem(ParseProblem.Kind.MISSING_SEGMENT, unh.tag(), unh.position(),
					unh.line(), null, "The APERAK names no document it answers: it needs an RFF (ACW or ON)"));
		}
		EdiSegment bgm = segments.stream().filter((s) -> s.tag().equals("BGM")).findFirst().orElse(null);
		String number = (bgm != null && !bgm.component(2, 1).isEmpty()) ? bgm.component(2, 1)
				: message.controlReference();
		List<Problem> problems = problems(segments);
		Status status = status((bgm != null) ? bgm.value(3) : "", problems);
		Acknowledgement acknowledgement = new Acknowledgement(
				envelopes.envelope(interchange, message, channel, number, reference), Acknowledgement.Kind.APPLICATION,
				Acknowledgement.Level.MESSAGE, reference, status,
				new Acknowledged(interchange.receiver().toString(), null, null), List.of(), problems);
		return new MappedMessage(acknowledgement, List.of());
	}

	/**
	 * ERC 9321 codes are the partner's own, so an ERC is taken as an error unless BGM
	 * 1225 says the document was accepted.
	 */
	private static Status status(String function, List<Problem> problems) {
		if (NOT_ACCEPTED.equals(function)) {
			return Status.REJECTED;
		}
		if (ACCEPTING.contains(function)) {
			return Status.ACCEPTED;
		}
		return problems.isEmpty() ? Status.ACCEPTED : Status.REJECTED;
	}

	private static @Nullable String reference(List<EdiSegment> segments) {
		List<EdiSegment> references = segments.stream()
			.filter((s) -> s.tag().equals("RFF") && !s.component(1, 2).isEmpty())
			.toList();
		for (String qualifier : List.of("ACW", "ON")) {
			for (EdiSegment rff : references) {
				if (rff.component(1, 1).equals(qualifier)) {
					return rff.component(1, 2);
				}
			}
		}
		return references.isEmpty() ? null : references.get(0).component(1, 2);
	}

	/** Each ERC, worded by the FTX texts up to the next ERC. */
	private static List<Problem> problems(List<EdiSegment> segments) {
		List<Problem> problems = new ArrayList<>();
		String code = null;
		StringBuilder text = new StringBuilder();
		for (EdiSegment segment : segments) {
			if (segment.tag().equals("ERC") || segment.tag().equals("UNT")) {
				if (code != null) {
					problems.add(problem(code, text));
				}
				code = segment.tag().equals("ERC") ? segment.component(1, 1) : null;
				text.setLength(0);
			}
			else if (code != null && segment.tag().equals("FTX") && segment.elements().size() >= 4) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(text(segment.elements().get(3)));
			}
		}
		return problems;
	}

	/**
	 * FTX 4440 as the partner meant it: an unreleased colon splits a text into components
	 * and, under syntax 4 with a space as repetition separator, each space into
	 * repetitions; both are put back.
	 */
	private static String text(EdiElement element) {
		return element.occurrences()
			.stream()
			.map((components) -> String.join(":", components))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	private static Problem problem(String code, CharSequence text) {
		return new Problem(null, null, null, null, code,
				text.isEmpty() ? "Application error " + code : text.toString());
	}

}
