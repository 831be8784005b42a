package io.tradehub.format.ack;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Acknowledged;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;

/**
 * Reads X12 acknowledgements into canonical ones: 997 and 999 as syntax acknowledgements
 * of a functional group, TA1 of an interchange.
 */
public final class X12AckReader {

	private final AckEnvelopes envelopes;

	/**
	 * @param hubIds gives each acknowledgement its hub id
	 * @param clock gives the received-at instant
	 */
	public X12AckReader(Supplier<UUID> hubIds, Clock clock) {
		this.envelopes = new AckEnvelopes(hubIds, clock);
	}

	/** Whether this reader reads the set's type. */
	public static boolean reads(EdiMessage message) {
		return message.standard().equals("X12") && List.of("997", "999", "TA1").contains(message.type());
	}

	/**
	 * @param channel the channel it came in by, for the acknowledgement's source
	 */
	public MappedMessage read(Interchange interchange, EdiMessage message, String channel) {
		return switch (message.type()) {
			case "997", "999" -> FunctionalAckReading.read(interchange, message, channel, this.envelopes);
			case "TA1" -> ta1(interchange, message, channel);
			default -> MappedMessage.of(ParseProblem.ofInput(ParseProblem.Kind.UNSUPPORTED_TYPE,
					"X12 " + message.type() + " is not an acknowledgement"));
		};
	}

	/** TA101 names the interchange, TA104 the verdict (A, E, R), TA105 the reason. */
	private MappedMessage ta1(Interchange interchange, EdiMessage message, String channel) {
		EdiSegment ta1 = message.segments().get(0);
		String reference = ta1.value(1);
		String note = ta1.value(5);
		List<Problem> problems = (note.isEmpty() || note.equals("000")) ? List.of() : List
			.of(new Problem(null, null, null, null, note, CodeNames.name(CodeNames.INTERCHANGE_NOTE, "TA105", note)));
		Status status = switch (ta1.value(4)) {
			case "A", "E" -> Status.ACCEPTED;
			default -> Status.REJECTED;
		};
		Acknowledgement acknowledgement = new Acknowledgement(
				this.envelopes.envelope(interchange, message, channel, interchange.controlReference(), null),
				Acknowledgement.Kind.SYNTAX, Acknowledgement.Level.INTERCHANGE, reference, status,
				new Acknowledged(interchange.receiver().toString(), reference, null), List.of(), problems);
		return new MappedMessage(acknowledgement, List.of());
	}

}
