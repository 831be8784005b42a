package io.tradehub.security;

import io.tradehub.partner.UserAccounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up the account of the email address a person signs in with; the session then
 * carries the user's id.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.login(email)
			.map(login -> User.withUsername(login.userId().toString())
				.password(login.passwordHash())
				.roles("USER")
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No account for this email"));
	}

}
