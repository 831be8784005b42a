package io.tradehub.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How a document reached the hub.
 *
 * @param channel the channel it came in by ({@code sftp}, {@code imap}, {@code jms},
 * {@code http}, {@code portal} ...)
 * @param format the format and version it was written in ({@code EDIFACT D96A},
 * {@code X12 004010}, {@code CSV} ...)
 * @param rawReference where the raw bytes are kept in the archive
 * @param interchangeReference the control reference of the interchange it came in (UNB
 * 0020, ISA13)
 * @param receivedAt when the hub accepted it
 */
public record Source(String channel, String format, @Nullable String rawReference,
		@Nullable String interchangeReference, Instant receivedAt) {
}
