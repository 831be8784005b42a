package io.tradehub.tracking;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the hub wrote for a document's receiver.
 *
 * @param name the file name it is sent under
 * @param format the format and version it is written in ({@code EDIFACT D96A},
 * {@code X12 004010}, {@code CSV} ...)
 * @param channel the outbound route id it goes by
 * @param controlReference the control reference of the interchange it goes out in, so the
 * receiver's acknowledgement finds the document
 * @param bytes the content
 */
public record Output(String name, String format, String channel, @Nullable String controlReference, byte[] bytes) {

	public Output {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(bytes, "bytes");
	}

}
