package io.tradehub.partner.invite;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invite as the supplier's invites page shows it.
 */
public record InviteView(UUID id, String email, @Nullable String message, String language, InviteStatus status,
		@Nullable String errorReason, int sentCount, Instant lastSentAt, @Nullable UUID connectionId, String createdBy,
		Instant createdAt) {
}
