package io.tradehub.partner.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and privileges: one account per email address across the hub, changed only by
 * the company's account manager, and never without an account manager left.
 */
@Service
public class UserService {

	/**
	 * The most a password hash takes in: bcrypt reads 72 bytes and refuses longer input
	 * rather than ignore the rest.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	UserService(UserAccountRepository users, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public UserAccount createAccount(UUID companyId, String email, String name, String password, boolean accountManager,
			Set<Privilege> privileges) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new InvalidInputException("password", "is too long: use at most " + MAX_PASSWORD_BYTES
					+ " bytes, where a letter with an accent or another symbol counts two to four");
		}
		requireFree(email);
		return this.users.save(new UserAccount(companyId, email, name, this.passwords.encode(password), accountManager,
				privileges, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.users.existsByEmail(UserAccount.normalized(email));
	}

	/**
	 * Refuses an email address that already has an account anywhere on the hub.
	 */
	@Transactional(readOnly = true)
	public void requireFree(String email) {
		if (this.users.existsByEmail(UserAccount.normalized(email))) {
			throw new ConflictException(
					"An account for " + UserAccount.normalized(email) + " already exists; sign in with it instead.");
		}
	}

	@Transactional(readOnly = true)
	public List<UserView> list(Caller caller) {
		caller.require(Privilege.USERS);
		return this.users.findByCompanyIdOrderByEmail(caller.companyId()).stream().map(UserView::of).toList();
	}

	@Transactional(readOnly = true)
	public UserView get(Caller caller, UUID userId) {
		caller.require(Privilege.USERS);
		return UserView.of(owned(caller, userId));
	}

	@Transactional
	public UserView add(Caller caller, NewUser user) {
		caller.requireAccountManager();
		Set<Privilege> privileges = user.privileges() == null ? Set.of() : user.privileges();
		return UserView.of(createAccount(caller.companyId(), user.email(), user.name(), user.password(),
				user.accountManager(), privileges));
	}

	@Transactional
	public UserView grant(Caller caller, UUID userId, @Nullable Set<Privilege> privileges, boolean accountManager) {
		caller.requireAccountManager();
		UserAccount user = owned(caller, userId);
		if (user.accountManager() && !accountManager) {
			requireAnotherAccountManager(caller.companyId(), user);
		}
		user.grant(privileges == null ? EnumSet.noneOf(Privilege.class) : privileges, accountManager);
		return UserView.of(user);
	}

	@Transactional
	public void delete(Caller caller, UUID userId) {
		caller.requireAccountManager();
		UserAccount user = owned(caller, userId);
		if (user.accountManager()) {
			requireAnotherAccountManager(caller.companyId(), user);
		}
		this.users.delete(user);
	}

	@Transactional(readOnly = true)
	public @Nullable String accountManagerEmail(UUID companyId) {
		return this.users.findFirstByCompanyIdAndAccountManagerTrueOrderByCreatedAt(companyId)
			.map(UserAccount::email)
			.orElse(null);
	}

	private void requireAnotherAccountManager(UUID companyId, UserAccount leaving) {
		boolean another = this.users.findByCompanyIdAndAccountManagerTrue(companyId)
			.stream()
			.anyMatch(manager -> !manager.id().equals(leaving.id()));
		if (!another) {
			throw new ConflictException(leaving.email()
					+ " is the company's last account manager; make another user account manager first.");
		}
	}

	private UserAccount owned(Caller caller, UUID userId) {
		return this.users.findByIdAndCompanyId(userId, caller.companyId())
			.orElseThrow(() -> new NotFoundException("user", userId));
	}

}
