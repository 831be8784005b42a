package io.tradehub.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

/**
 * A token as its company sees it later: the start of the secret as a hint, never the
 * secret.
 */
record ApiTokenView(UUID id, String name, String hint, Set<Privilege> privileges, String createdBy, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
}
