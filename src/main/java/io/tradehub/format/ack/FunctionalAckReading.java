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
 * Reads a 997 or 999: AK1 names the group answered, each AK2 a set with its AK5/IK5
 * verdict, AK3/IK3 and AK4/IK4 the segments and elements in error, AK9 the group's
 * verdict.
 */
final class FunctionalAckReading {

	private FunctionalAckReading() {
	}

	static MappedMessage read(Interchange interchange, EdiMessage message, String channel, AckEnvelopes envelopes) {
		List<EdiSegment> segments = message.segments();
		EdiSegment ak1 = segments.stream().filter((s) -> s.tag().equals("AK1")).findFirst().orElse(null);
		if (ak1 == null || ak1.value(2).isEmpty()) {
			EdiSegment at = (ak1 != null) ? ak1 : segments.get(0);
			return MappedMessage.of(new ParseProblem(
					(ak1 == null) ? ParseProblem.Kind.MISSING_SEGMENT : ParseProblem.Kind.MISSING_ELEMENT, at.tag(),
					at.position(), at.line(), (ak1 == null) ? null : "AK102",
					"The " + message.type() + " names no group: it needs AK1 with the group control number (AK102)"));
		}
		List<MessageStatus> messages = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		SegmentNote note = null;
		Status groupStatus = Status.ACCEPTED;
		String setReference = null;
		String setType = null;
		for (EdiSegment segment : segments) {
			switch (segment.tag()) {
				case "AK2" -> {
					setType = segment.value(1);
					setReference = segment.value(2);
				}
				case "AK3", "IK3" -> {
					flush(note, problems);
					note = new SegmentNote(setReference, segment, new ArrayList<>());
				}
				case "AK4", "IK4" -> {
					if (note != null) {
						note.elements().add(segment);
					}
				}
				case "AK5", "IK5" -> {
					flush(note, problems);
					note = null;
					if (setReference != null) {
						messages.add(new MessageStatus(setReference, setType, status(segment.value(1))));
					}
					for (String code : codes(segment, 2)) {
						problems.add(new Problem(setReference, null, null, null, code,
								CodeNames.name(CodeNames.SET_ERROR, segment.tag() + "02", code)));
					}
				}
				case "AK9" -> {
					groupStatus = status(segment.value(1));
					for (String code : codes(segment, 5)) {
						problems.add(new Problem(null, null, null, null, code,
								CodeNames.name(CodeNames.GROUP_ERROR, "AK905", code)));
					}
				}
				default -> {
				}
			}
		}
		Acknowledgement acknowledgement = new Acknowledgement(
				envelopes.envelope(interchange, message, channel, message.controlReference(), null),
				Acknowledgement.Kind.SYNTAX, Acknowledgement.Level.GROUP, ak1.value(2), groupStatus,
				new Acknowledged(interchange.receiver().toString(), null, ak1.value(2)), messages, problems);
		return new MappedMessage(acknowledgement, List.of());
	}

	/**
	 * AK501/IK501/AK901: A accepted, E accepted with errors noted, P partly, else
	 * rejected.
	 */
	static Status status(String code) {
		return switch (code) {
			case "A", "E" -> Status.ACCEPTED;
			case "P" -> Status.PARTIALLY_ACCEPTED;
			default -> Status.REJECTED;
		};
	}

	/**
	 * A segment note is a problem of its own unless it only says its elements are in
	 * error (code 8) and its element notes say which; those follow it.
	 */
	private static void flush(@Nullable SegmentNote note, List<Problem> problems) {
		if (note == null) {
			return;
		}
		EdiSegment segment = note.segment();
		String tag = segment.value(1);
		Integer position = position(segment);
		String code = segment.value(4);
		if (note.elements().isEmpty() || !code.equals("8")) {
			problems.add(new Problem(note.setReference(), tag, position, null, code,
					CodeNames.name(CodeNames.SEGMENT_ERROR, segment.tag() + "04", code)));
		}
		for (EdiSegment element : note.elements()) {
			ElementPosition at = ElementPosition.parse(element.component(1, 1), element.component(1, 2));
			String elementCode = element.value(3);
			problems.add(new Problem(note.setReference(), tag, position, (at != null) ? at.reference(tag) : null,
					elementCode, CodeNames.name(CodeNames.ELEMENT_ERROR, element.tag() + "03", elementCode)));
		}
	}

	/** An AK3/IK3 and the AK4/IK4 that follow it. */
	private record SegmentNote(@Nullable String setReference, EdiSegment segment, List<EdiSegment> elements) {
	}

	private static @Nullable Integer position(EdiSegment note) {
		try {
			return Integer.valueOf(note.value(2).strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> codes(EdiSegment segment, int from) {
		List<String> codes = new ArrayList<>();
		for (int element = from; element <= segment.elements().size(); element++) {
			if (!segment.value(element).isEmpty()) {
				codes.add(segment.value(element));
			}
		}
		return codes;
	}

}
