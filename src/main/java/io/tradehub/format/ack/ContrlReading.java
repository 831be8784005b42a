package io.tradehub.format.ack;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Acknowledged;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CONTRL: UCI names the interchange answered and its verdict, UCF its group, each
 * UCM a message's verdict, and UCS/UCD under it the segments and elements in error.
 */
final class ContrlReading {

	private ContrlReading() {
	}

	static MappedMessage read(Interchange interchange, EdiMessage message, String channel, AckEnvelopes envelopes) {
		EdiSegment uci = message.segments().stream().filter((s) -> s.tag().equals("UCI")).findFirst().orElse(null);
		if (uci == null || uci.value(1).isEmpty()) {
			EdiSegment at = (uci != null) ? uci : message.segments().get(0);
			return MappedMessage.of(new ParseProblem(
					(uci == null) ? ParseProblem.Kind.MISSING_SEGMENT : ParseProblem.Kind.MISSING_ELEMENT, at.tag(),
					at.position(), at.line(), (uci == null) ? null : "UCI01",
					"The CONTRL names no interchange: it needs UCI with the interchange reference (0020)"));
		}
		List<MessageStatus> messages = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		addError(problems, null, uci, 5);
		String group = null;
		String messageReference = null;
		Integer segmentPosition = null;
		for (EdiSegment segment : message.segments()) {
			switch (segment.tag()) {
				case "UCF" -> {
					group = segment.value(1);
					addError(problems, null, segment, 5);
				}
				case "UCM" -> {
					messageReference = segment.value(1);
					messages.add(new MessageStatus(messageReference, emptyToNull(segment.component(2, 1)),
							status(segment.value(3))));
					addError(problems, messageReference, segment, 4);
				}
				case "UCS" -> {
					segmentPosition = position(segment.value(1));
					if (!segment.value(2).isEmpty()) {
						problems.add(new Problem(messageReference, null, segmentPosition, null, segment.value(2),
								describe(segment.value(2))));
					}
				}
				case "UCD" -> {
					ElementPosition element = ElementPosition.parse(segment.component(2, 1), segment.component(2, 2));
					problems.add(new Problem(messageReference, null, segmentPosition,
							(element != null) ? element.reference(null) : null, segment.value(1),
							describe(segment.value(1))));
				}
				default -> {
				}
			}
		}
		Acknowledgement acknowledgement = new Acknowledgement(
				envelopes.envelope(interchange, message, channel, message.controlReference(), null),
				Acknowledgement.Kind.SYNTAX, Acknowledgement.Level.INTERCHANGE, uci.value(1),
				overall(status(uci.value(4)), messages), new Acknowledged(identity(uci), uci.value(1), group), messages,
				problems);
		return new MappedMessage(acknowledgement, List.of());
	}

	/** 0083: 7 acknowledged, 4 rejected, 8 received only. */
	static Status status(String action) {
		return switch (action) {
			case "4" -> Status.REJECTED;
			case "8" -> Status.RECEIVED;
			default -> Status.ACCEPTED;
		};
	}

	/**
	 * An accepted interchange is only partly accepted when some of its messages are not.
	 */
	static Status overall(Status interchange, List<MessageStatus> messages) {
		if (interchange != Status.ACCEPTED) {
			return interchange;
		}
		long rejected = messages.stream().filter((m) -> m.status() == Status.REJECTED).count();
		if (rejected == 0) {
			return Status.ACCEPTED;
		}
		return (rejected == messages.size()) ? Status.REJECTED : Status.PARTIALLY_ACCEPTED;
	}

	/** The error a UCI, UCF or UCM reports: 0085, then 0013 and S011. */
	private static void addError(List<Problem> problems, @Nullable String messageReference, EdiSegment segment,
			int codeElement) {
		String code = segment.value(codeElement);
		if (code.isEmpty()) {
			return;
		}
		String tag = emptyToNull(segment.value(codeElement + 1));
		ElementPosition element = ElementPosition.parse(segment.component(codeElement + 2, 1),
				segment.component(codeElement + 2, 2));
		String reference = (element != null) ? element.reference(tag) : null;
		problems.add(new Problem(messageReference, tag, null, reference, code,
				describe(code) + ((tag != null) ? " in " + ((reference != null) ? reference : tag) : "")));
	}

	private static String describe(String code) {
		return CodeNames.name(CodeNames.SYNTAX_ERROR, "0085", code);
	}

	private static @Nullable String identity(EdiSegment uci) {
		String id = uci.component(2, 1);
		String qualifier = uci.component(2, 2);
		if (id.isEmpty()) {
			return null;
		}
		return qualifier.isEmpty() ? id : qualifier + ":" + id;
	}

	private static @Nullable Integer position(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
