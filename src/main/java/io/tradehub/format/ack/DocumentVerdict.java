package io.tradehub.format.ack;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the hub's rules made of one document read from an interchange, for its APERAK:
 * accepted, or refused with the reason its sender reads.
 *
 * @param documentNumber the sender's number of the document (BGM 1004), which the APERAK
 * names in RFF+ACW
 * @param refusal why it was refused, in words the sender can act on; null when accepted
 */
public record DocumentVerdict(String documentNumber, @Nullable String refusal) {

	public DocumentVerdict {
		Objects.requireNonNull(documentNumber, "documentNumber");
	}

	public static DocumentVerdict accepted(String documentNumber) {
		return new DocumentVerdict(documentNumber, null);
	}

	public static DocumentVerdict refused(String documentNumber, String reason) {
		return new DocumentVerdict(documentNumber, Objects.requireNonNull(reason, "reason"));
	}

}
