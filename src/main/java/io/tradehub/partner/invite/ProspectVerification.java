package io.tradehub.partner.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.shared.GoneException;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.TooManyAttemptsException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A one-time code mailed to a prospect who opened a supplier's invite link, proving the
 * address is theirs. It expires, allows a few wrong tries, and is used up by the
 * registration it allows.
 */
@Entity
@Table(name = "prospect_verification")
class ProspectVerification {

	static final Duration LIFETIME = Duration.ofMinutes(15);

	static final int TRIES = 5;

	/** A verified address must be used for registering soon after. */
	static final Duration REGISTRATION_WINDOW = Duration.ofHours(1);

	@Id
	private UUID id;

	private UUID supplierId;

	private String email;

	private String codeHash;

	private Instant expiresAt;

	private int attemptsLeft;

	private @Nullable Instant verifiedAt;

	private @Nullable Instant usedAt;

	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected ProspectVerification() {
	}

	ProspectVerification(UUID supplierId, String email, String codeHash, Instant now) {
		this.id = HubIds.next();
		this.supplierId = supplierId;
		this.email = email;
		this.codeHash = codeHash;
		this.expiresAt = now.plus(LIFETIME);
		this.attemptsLeft = TRIES;
		this.createdAt = now;
	}

	/**
	 * Checks a code; a wrong one costs a try. The caller must commit even when this
	 * throws, so a wrong try counts.
	 */
	void confirm(String code, PasswordEncoder hashes, Instant now) {
		if (this.usedAt != null) {
			throw new GoneException("This verification has already been used to register.");
		}
		if (this.verifiedAt != null) {
			return;
		}
		if (now.isAfter(this.expiresAt)) {
			throw new GoneException("The verification code has expired; ask for a new code.");
		}
		if (this.attemptsLeft <= 0) {
			throw new TooManyAttemptsException("Too many wrong codes were entered; ask for a new code.");
		}
		if (!hashes.matches(code, this.codeHash)) {
			this.attemptsLeft--;
			if (this.attemptsLeft == 0) {
				throw new TooManyAttemptsException("Too many wrong codes were entered; ask for a new code.");
			}
			throw new InvalidInputException("code", "is not the code we sent; " + this.attemptsLeft
					+ (this.attemptsLeft == 1 ? " try" : " tries") + " left");
		}
		this.verifiedAt = now;
	}

	/**
	 * Uses the verified address for one registration.
	 */
	void use(Instant now) {
		if (this.usedAt != null) {
			throw new GoneException("This verification has already been used to register.");
		}
		if (this.verifiedAt == null) {
			throw new InvalidInputException("verificationId", "the email address has not been verified yet");
		}
		if (now.isAfter(this.verifiedAt.plus(REGISTRATION_WINDOW))) {
			throw new GoneException("The verification is too old; verify the email address again.");
		}
		this.usedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID supplierId() {
		return this.supplierId;
	}

	String email() {
		return this.email;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

}
