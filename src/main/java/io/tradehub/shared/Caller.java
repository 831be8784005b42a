package io.tradehub.shared;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling: a user of a company (portal session) or a company's API token. Every
 * query is scoped to {@link #companyId()}.
 *
 * @param userId the user, or null for an API token
 * @param companyId the company the caller acts for
 * @param name the user's email or the token's name, for audit trails
 * @param accountManager whether the caller may manage users and privileges
 * @param privileges the areas the caller may work in
 */
public record Caller(@Nullable UUID userId, UUID companyId, String name, boolean accountManager,
		Set<Privilege> privileges) {

	public Caller {
		privileges = Set.copyOf(privileges);
	}

	public boolean has(Privilege privilege) {
		return this.accountManager || this.privileges.contains(privilege);
	}

	public void require(Privilege privilege) {
		if (!has(privilege)) {
			throw new AccessDeniedException("This needs the " + privilege + " privilege.");
		}
	}

	public void requireAccountManager() {
		if (!this.accountManager || this.userId == null) {
			throw new AccessDeniedException("Only the company's account manager may do this.");
		}
	}

}
