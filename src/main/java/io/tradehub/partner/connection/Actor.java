package io.tradehub.partner.connection;

import java.util.UUID;

import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change, as the audit trail records it.
 *
 * @param companyId the company acting, or null for the hub itself
 * @param name the user's email, the token's name, or the prospect's email
 */
public record Actor(@Nullable UUID companyId, String name) {

	public static Actor of(Caller caller) {
		return new Actor(caller.companyId(), caller.name());
	}

}
