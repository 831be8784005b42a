package io.tradehub.format.ack;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegments;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.Party;
import io.tradehub.format.ack.Verdicts.MessageVerdict;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.stream.EDIStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Writes the APERAKs answering one EDIFACT interchange, in one interchange back to its
 * sender: an {@code APERAK:D:96A:UN:EAN001} for each business message, accepting it (BGM
 * 1225 = 29) or not (27) with an ERC and an FTX+AAO for each reason. RFF+ACW names the
 * document answered by its number (BGM 1004), and NAD+MS and NAD+MR the parties that
 * exchanged it.
 * <p>
 * ERC 9321 codes are bilateral in EANCOM; the hub's are the ISO 9735 syntax error code
 * (0085, as a CONTRL would give it) for a problem reading the message or its interchange,
 * {@value #REFUSED} for a document the rules refused, and {@value #NOT_PROCESSED} for a
 * good message left unprocessed because its interchange was refused.
 */
final class AperakWriter {

	/** ERC 9321: the hub's rules refused the document; FTX says why. */
	static final String REFUSED = "REFUSED";

	/** ERC 9321: the message is well formed but its interchange was refused. */
	static final String NOT_PROCESSED = "NOTPROC";

	/** BGM 1225: accepted without amendment. */
	static final String ACCEPTED = "29";

	/** BGM 1225: not accepted. */
	static final String NOT_ACCEPTED = "27";

	/** FTX 4440 is an..512; a longer text goes on in the next components of C108. */
	private static final int TEXT_LENGTH = 512;

	/** Messages that acknowledge themselves, which are not acknowledged back. */
	private static final Set<String> ACKNOWLEDGEMENTS = Set.of("CONTRL", "APERAK");

	private AperakWriter() {
	}

	/** The business messages an APERAK answers, in order: all but acknowledgements. */
	static List<MessageVerdict> answered(Verdicts verdicts) {
		return verdicts.messages()
			.stream()
			.filter((verdict) -> !ACKNOWLEDGEMENTS.contains(verdict.message().type()))
			.toList();
	}

	/**
	 * @param documents the rules' verdict on each answered message's document, in order;
	 * empty when problems kept the interchange's documents from being read
	 * @param messageReferences hands out the UNH 0062 of each APERAK, also its BGM 1004
	 */
	static byte[] write(Verdicts verdicts, List<DocumentVerdict> documents, String interchangeReference,
			Supplier<String> messageReferences, ZonedDateTime now) {
		return write(verdicts, documents, false, interchangeReference, messageReferences, now);
	}

	/**
	 * @param refusalsOnly whether to answer only the documents the rules refused, for a
	 * sender that gets a CONTRL for the rest
	 */
	static byte[] write(Verdicts verdicts, List<DocumentVerdict> documents, boolean refusalsOnly,
			String interchangeReference, Supplier<String> messageReferences, ZonedDateTime now) {
		List<MessageVerdict> messages = answered(verdicts);
		List<Reason> firstProblem = firstProblem(verdicts);
		if (firstProblem.isEmpty() && documents.size() != messages.size()) {
			throw new IllegalArgumentException("The interchange " + verdicts.interchange().controlReference() + " has "
					+ messages.size() + " messages to answer but " + documents.size() + " verdicts");
		}
		try {
			EdifactAnswer answer = EdifactAnswer.open(verdicts.interchange(), interchangeReference, now);
			int written = 0;
			for (int i = 0; i < messages.size(); i++) {
				if (refusalsOnly && documents.get(i).refusal() == null) {
					continue;
				}
				written++;
				MessageVerdict message = messages.get(i);
				List<Reason> reasons = firstProblem.isEmpty() ? refusal(documents.get(i))
						: problems(message, verdicts.outside(), firstProblem);
				String number = firstProblem.isEmpty() ? documents.get(i).documentNumber() : number(message.message());
				aperak(answer, verdicts.interchange(), messageReferences.get(), number, reasons, now);
			}
			return answer.close(written);
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The APERAK cannot be written: " + ex.getMessage(), ex);
		}
	}

	private static void aperak(EdifactAnswer answer, Interchange answered, String reference, String number,
			List<Reason> reasons, ZonedDateTime now) {
		EdiSegments out = answer.segments();
		out.resetCount();
		// A lone composite is cast so it is one element, not the varargs array.
		out.segment("UNH", reference, new String[] { "APERAK", "D", "96A", "UN", "EAN001" });
		out.segment("BGM", new String[] { "12E", null, "9" }, reference, reasons.isEmpty() ? ACCEPTED : NOT_ACCEPTED);
		out.segment("DTM",
				(Object) new String[] { "137", DateTimeFormatter.ofPattern("yyyyMMddHHmm").format(now), "203" });
		out.segment("RFF", (Object) new String[] { "ACW", text(number, answer.charset()) });
		out.segment("NAD", "MS", party(answered.sender()));
		out.segment("NAD", "MR", party(answered.receiver()));
		for (Reason reason : reasons) {
			out.segment("ERC", reason.code());
			out.segment("FTX", "AAO", null, null, components(text(reason.text(), answer.charset())));
		}
		out.segment("UNT", Integer.toString(out.count() + 1), reference);
	}

	private static List<Reason> refusal(DocumentVerdict document) {
		return (document.refusal() != null) ? List.of(new Reason(REFUSED, document.refusal())) : List.of();
	}

	/**
	 * A message's own problems; without any, the interchange's first, which kept it from
	 * being processed.
	 */
	private static List<Reason> problems(MessageVerdict message, List<ParseProblem> outside,
			List<Reason> firstProblem) {
		List<Reason> reasons = new ArrayList<>();
		for (ParseProblem problem : message.envelope()) {
			reasons.add(new Reason(SyntaxCodes.edifact(problem), problem.message() + where(problem, null)));
		}
		for (ParseProblem problem : message.body()) {
			reasons.add(new Reason(SyntaxCodes.edifact(problem),
					problem.message() + where(problem, message.positionInMessage(problem))));
		}
		if (!reasons.isEmpty()) {
			return reasons;
		}
		return outside.isEmpty() ? List
			.of(new Reason(NOT_PROCESSED, "Not processed: the interchange was refused for errors in another message, "
					+ firstProblem.get(0).text()))
				: firstProblem;
	}

	/** The first problem of the interchange, worded for every message it refuses. */
	private static List<Reason> firstProblem(Verdicts verdicts) {
		if (!verdicts.outside().isEmpty()) {
			ParseProblem problem = verdicts.outside().get(0);
			return List.of(new Reason(SyntaxCodes.edifact(problem),
					"The interchange is refused: " + problem.message() + where(problem, null)));
		}
		for (MessageVerdict message : answered(verdicts)) {
			if (message.rejected()) {
				ParseProblem problem = message.envelope().isEmpty() ? message.body().get(0) : message.envelope().get(0);
				return List.of(new Reason(SyntaxCodes.edifact(problem), "message "
						+ message.message().controlReference() + ": " + problem.message() + where(problem, null)));
			}
		}
		return List.of();
	}

	/** Where a problem is: its segment, position in the message, line and element. */
	private static String where(ParseProblem problem, @Nullable Integer positionInMessage) {
		List<String> place = new ArrayList<>();
		if (problem.segment() != null) {
			place.add("segment " + problem.segment()
					+ ((positionInMessage != null) ? " " + positionInMessage + " of the message" : ""));
		}
		if (problem.line() != null) {
			place.add("line " + problem.line());
		}
		if (problem.element() != null) {
			place.add("element " + problem.element());
		}
		return place.isEmpty() ? "" : " (" + String.join(", ", place) + ")";
	}

	/** BGM 1004 of a message no document was read from, or else its UNH 0062. */
	private static String number(EdiMessage message) {
		return message.segments()
			.stream()
			.filter((segment) -> segment.tag().equals("BGM") && !segment.component(2, 1).isEmpty())
			.map((segment) -> segment.component(2, 1))
			.findFirst()
			.orElse(message.controlReference());
	}

	/** A GLN (qualifier 14) is code list 9, EAN; another identity goes as it is. */
	private static String[] party(Party party) {
		return "14".equals(party.qualifier()) ? new String[] { party.id(), null, "9" } : new String[] { party.id() };
	}

	private static String[] components(String text) {
		List<String> components = new ArrayList<>();
		for (int start = 0; start < text.length() && components.size() < 5; start += TEXT_LENGTH) {
			components.add(text.substring(start, Math.min(text.length(), start + TEXT_LENGTH)));
		}
		return components.toArray(String[]::new);
	}

	/**
	 * The text in the answer's character set: a letter it cannot carry loses its accent
	 * (é to e under UNOA), and what is still outside becomes {@code _}, so the partner's
	 * reader meets no character its syntax identifier forbids.
	 */
	static String text(String text, Charset charset) {
		CharsetEncoder encoder = charset.newEncoder();
		if (encoder.canEncode(text)) {
			return text;
		}
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			String character = Character.toString(codePoint);
			if (!encoder.canEncode(character)) {
				character = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			}
			folded.append(encoder.canEncode(character) ? character : "_");
		});
		return folded.toString();
	}

	/**
	 * One ERC with its FTX.
	 *
	 * @param code ERC 9321
	 * @param text FTX 4440, in words the sender can act on
	 */
	private record Reason(String code, String text) {
	}

}
