package io.tradehub.partner.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Privilege;

/**
 * A user as the company's users see it; never the password hash.
 */
public record UserView(UUID id, String email, String name, boolean accountManager, Set<Privilege> privileges,
		Instant createdAt) {

	static UserView of(UserAccount user) {
		return new UserView(user.id(), user.email(), user.name(), user.accountManager(), user.privileges(),
				user.createdAt());
	}

}
