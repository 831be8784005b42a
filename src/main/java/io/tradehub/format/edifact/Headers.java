package io.tradehub.format.edifact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Reference;
import io.tradehub.document.Source;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads what every message's header carries back into the canonical envelope (BGM, DTM
 * 137, NAD, the RFF a message answers) and the header's texts and references.
 */
final class Headers {

	private Headers() {
	}

	/**
	 * The envelope, or null with a problem when BGM or its number is missing.
	 * @param message the message type, whose party functions and answered-document
	 * reference the partner's qualifiers give
	 * @param answered the type of the document it answers, or null when it answers none
	 */
	static @Nullable Envelope envelope(MappingContext context, Interchange interchange, Identity identity,
			String message, @Nullable DocumentType answered) {
		MessageParts parts = context.parts;
		Optional<EdiSegment> bgm = parts.bgm();
		if (bgm.isEmpty()) {
			context.problem(ParseProblem.Kind.MISSING_SEGMENT, parts.unh(), null,
					"The message has no BGM segment: it needs BGM with the document number");
			return null;
		}
		String number = bgm.get().component(2, 1);
		if (number.isEmpty()) {
			context.problem(ParseProblem.Kind.MISSING_ELEMENT, bgm.get(), "BGM02-1",
					"BGM02-1 (document number) is mandatory but missing");
			return null;
		}
		LocalDate date = parts.date("137").map(context::date).orElse(null);
		DocumentLink link = null;
		if (answered != null) {
			link = reference(parts, context.qualifiers.of(message, "answers"))
				.map((value) -> new DocumentLink(null, answered, value))
				.orElse(null);
		}
		Source source = new Source(identity.channel(), identity.format(), null, interchange.controlReference(),
				identity.receivedAt());
		return new Envelope(identity.hubId(),
				Parties.party(parts.find("NAD", context.qualifiers.of(message, "sender")).orElse(null),
						interchange.sender()),
				Parties.party(parts.find("NAD", context.qualifiers.of(message, "receiver")).orElse(null),
						interchange.receiver()),
				number, date, link, source, null);
	}

	static Optional<String> reference(MessageParts parts, String qualifier) {
		return LineGroup.find(parts.references(), "RFF", qualifier)
			.map((rff) -> rff.component(1, 2))
			.filter((value) -> !value.isEmpty());
	}

	/**
	 * The header's RFF kind:value pairs, except the qualifiers the message reads itself.
	 */
	static List<Reference> references(MessageParts parts, List<String> except) {
		return parts.references()
			.stream()
			.filter((rff) -> !except.contains(rff.component(1, 1)) && !rff.component(1, 2).isEmpty())
			.map((rff) -> new Reference(rff.component(1, 1), rff.component(1, 2)))
			.toList();
	}

	/** The text of every FTX with this subject, its 4440 parts joined as written. */
	static @Nullable String text(List<EdiSegment> segments, String subject) {
		StringBuilder text = new StringBuilder();
		for (EdiSegment ftx : LineGroup.all(segments, "FTX", subject)) {
			if (ftx.elements().size() >= 4) {
				ftx.elements().get(3).components().forEach(text::append);
			}
		}
		return text.isEmpty() ? null : text.toString();
	}

	/** LIN 1082 as the line number, or a problem. */
	static int lineNumber(LineGroup line, MappingContext context) {
		String value = line.lin().value(1);
		try {
			int number = Integer.parseInt(value);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		context.problem(value.isEmpty() ? ParseProblem.Kind.MISSING_ELEMENT : ParseProblem.Kind.INVALID_ELEMENT,
				line.lin(), "LIN01", "LIN01 (line number) " + (value.isEmpty() ? "is mandatory but missing"
						: "'" + value + "' is not a line number from 1 up"));
		return -1;
	}

}
