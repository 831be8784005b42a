package io.tradehub.partner;

import java.util.Optional;
import java.util.UUID;

import io.tradehub.partner.user.UserAccount;
import io.tradehub.partner.user.UserAccountRepository;
import io.tradehub.shared.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What authentication needs to know of users: the login of an email address, and who a
 * signed-in user is now (privileges change and users are deleted while sessions live).
 */
@Service
public class UserAccounts {

	private final UserAccountRepository users;

	UserAccounts(UserAccountRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public Optional<Login> login(String email) {
		return this.users.findByEmail(UserAccount.normalized(email))
			.map(user -> new Login(user.id(), user.email(), user.passwordHash()));
	}

	@Transactional(readOnly = true)
	public Optional<Caller> caller(UUID userId) {
		return this.users.findById(userId).map(UserAccount::caller);
	}

	/**
	 * What a password check needs.
	 */
	public record Login(UUID userId, String email, String passwordHash) {
	}

}
