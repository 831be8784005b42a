package io.tradehub.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import io.tradehub.shared.Tokens;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, lists, revokes and checks API tokens, always within the caller's company.
 */
@Service
class ApiTokenService {

	static final String PREFIX = "th_";

	private final ApiTokenRepository tokens;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Transactional
	NewApiToken create(Caller caller, String name, @Nullable Set<Privilege> privileges) {
		requireUserWithIntegration(caller);
		Set<Privilege> granted = privileges == null || privileges.isEmpty() ? ownPrivilegesButUsers(caller)
				: privileges;
		// A token acts for the company without its maker, so it must not open areas
		// the maker could not enter.
		for (Privilege privilege : granted) {
			if (!caller.has(privilege)) {
				throw new AccessDeniedException(
						"You cannot give a token the " + privilege + " privilege, which you do not have yourself.");
			}
		}
		String secret = Tokens.random(PREFIX);
		ApiToken token = this.tokens.save(new ApiToken(caller.companyId(), name, Tokens.digest(secret),
				secret.substring(0, PREFIX.length() + 4), granted, caller.name(), this.clock.instant()));
		return new NewApiToken(token.view(), secret);
	}

	@Transactional(readOnly = true)
	List<ApiTokenView> list(Caller caller) {
		requireUserWithIntegration(caller);
		return this.tokens.findByCompanyIdOrderByCreatedAt(caller.companyId()).stream().map(ApiToken::view).toList();
	}

	@Transactional
	void revoke(Caller caller, UUID tokenId) {
		requireUserWithIntegration(caller);
		this.tokens.findByIdAndCompanyId(tokenId, caller.companyId())
			.orElseThrow(() -> new NotFoundException("API token", tokenId))
			.revoke(this.clock.instant());
	}

	@Transactional
	Optional<Caller> authenticate(String secret) {
		return this.tokens.findByTokenHash(Tokens.digest(secret)).filter(ApiToken::active).map(token -> {
			token.used(this.clock.instant());
			return token.caller();
		});
	}

	private static Set<Privilege> ownPrivilegesButUsers(Caller caller) {
		Set<Privilege> own = EnumSet.noneOf(Privilege.class);
		for (Privilege privilege : Privilege.values()) {
			if (privilege != Privilege.USERS && caller.has(privilege)) {
				own.add(privilege);
			}
		}
		return own;
	}

	private static void requireUserWithIntegration(Caller caller) {
		if (caller.userId() == null) {
			throw new AccessDeniedException("API tokens are managed by signed-in users, not by other tokens.");
		}
		caller.require(Privilege.INTEGRATION);
	}

	/**
	 * A token just made, with its secret: the only time the secret is shown.
	 */
	record NewApiToken(ApiTokenView token, String secret) {
	}

}
