package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A receipt without its bytes ({@link Receipts#raw(UUID)} has them).
 *
 * @param senderCompanyId the company it was identified as coming from, once known
 * @param sha256 the hex SHA-256 digest of the raw bytes
 * @param format the format detected when it was read
 * @param problems the positioned problems that refused it, as a JSON array
 * @param replyTo where an acknowledgement sent back the way it came goes, when the
 * channel has a way back of its own (see {@link Inbound#replyTo()})
 * @param replyCorrelation what ties a reply to it
 */
public record ReceiptView(UUID id, String channel, String channelKind, @Nullable String partnerKey,
		@Nullable String channelIdentity, @Nullable UUID senderCompanyId, String fileName, long size, String sha256,
		Instant receivedAt, ReceiptStatus status, @Nullable String format, @Nullable String reason,
		@Nullable String problems, @Nullable String replyTo, @Nullable String replyCorrelation) {
}
