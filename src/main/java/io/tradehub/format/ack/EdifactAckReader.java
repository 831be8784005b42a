package io.tradehub.format.ack;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;

/**
 * Reads EDIFACT acknowledgements into canonical ones: CONTRL as a syntax acknowledgement
 * of an interchange, APERAK as an application acknowledgement of a document.
 */
public final class EdifactAckReader {

	private final AckEnvelopes envelopes;

	/**
	 * @param hubIds gives each acknowledgement its hub id
	 * @param clock gives the received-at instant
	 */
	public EdifactAckReader(Supplier<UUID> hubIds, Clock clock) {
		this.envelopes = new AckEnvelopes(hubIds, clock);
	}

	/** Whether this reader reads the message's type. */
	public static boolean reads(EdiMessage message) {
		return message.standard().equals("EDIFACT")
				&& (message.type().equals("CONTRL") || message.type().equals("APERAK"));
	}

	/**
	 * @param channel the channel it came in by, for the acknowledgement's source
	 */
	public MappedMessage read(Interchange interchange, EdiMessage message, String channel) {
		return switch (message.type()) {
			case "CONTRL" -> ContrlReading.read(interchange, message, channel, this.envelopes);
			case "APERAK" -> AperakReading.read(interchange, message, channel, this.envelopes);
			default -> MappedMessage.of(ParseProblem.ofInput(ParseProblem.Kind.UNSUPPORTED_TYPE,
					"EDIFACT " + message.type() + " is not an acknowledgement"));
		};
	}

}
