package io.tradehub.partner.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tradehub.shared.GoneException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The one-time code a prospect receives after opening a supplier's invite link: five
 * tries within 15 minutes, then one registration within the hour after verifying.
 */
class ProspectVerificationTests {

	private static final String CODE = "482913";

	private static final Instant SENT = Instant.parse("2025-03-03T08:00:00Z");

	/**
	 * The hub's encoder shape (delegating, bcrypt) at the lowest cost, so tests run fast.
	 */
	private static final PasswordEncoder HASHES = new DelegatingPasswordEncoder("bcrypt",
			Map.of("bcrypt", new BCryptPasswordEncoder(4)));

	private final ProspectVerification verification = new ProspectVerification(UUID.randomUUID(), "lena@bistro.example",
			HASHES.encode(CODE), SENT);

	@Test
	void rightCodeVerifiesTheAddress() {
		this.verification.confirm(CODE, HASHES, SENT.plus(Duration.ofMinutes(3)));

		assertThatNoException().isThrownBy(() -> this.verification.use(SENT.plus(Duration.ofMinutes(4))));
	}

	@Test
	void wrongCodeCostsATryAndSaysHowManyAreLeft() {
		Instant now = SENT.plus(Duration.ofMinutes(1));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.verification.confirm("000000", HASHES, now))
			.withMessage("code: is not the code we sent; 4 tries left");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.verification.confirm("111111", HASHES, now))
			.withMessage("code: is not the code we sent; 3 tries left");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.verification.confirm("222222", HASHES, now))
			.withMessage("code: is not the code we sent; 2 tries left");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.verification.confirm("333333", HASHES, now))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("code"))
				.satisfies(problem -> assertThat(problem.message()).endsWith("1 try left")));
	}

	@Test
	void rightCodeStillVerifiesAfterSomeWrongTries() {
		Instant now = SENT.plus(Duration.ofMinutes(1));
		for (int i = 0; i < ProspectVerification.TRIES - 1; i++) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.verification.confirm("000000", HASHES, now));
		}

		this.verification.confirm(CODE, HASHES, now);

		assertThatNoException().isThrownBy(() -> this.verification.use(now));
	}

	@Test
	void fifthWrongCodeExhaustsTheVerification() {
		Instant now = SENT.plus(Duration.ofMinutes(1));
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> this.verification.confirm("000000", HASHES, now));
		}

		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.verification.confirm("000000", HASHES, now))
			.withMessageContaining("ask for a new code");
		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.verification.confirm(CODE, HASHES, now));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.verification.use(now));
	}

	@Test
	void codeExpiresFifteenMinutesAfterItWasSent() {
		assertThatExceptionOfType(GoneException.class)
			.isThrownBy(() -> this.verification.confirm(CODE, HASHES, SENT.plus(Duration.ofMinutes(15).plusSeconds(1))))
			.withMessageContaining("expired");
		assertThatExceptionOfType(GoneException.class)
			.isThrownBy(() -> this.verification.confirm("000000", HASHES, SENT.plus(Duration.ofHours(2))));
	}

	@Test
	void codeStillWorksJustBeforeItExpires() {
		this.verification.confirm(CODE, HASHES, SENT.plus(Duration.ofMinutes(15)));

		assertThatNoException().isThrownBy(() -> this.verification.use(SENT.plus(Duration.ofMinutes(16))));
	}

	@Test
	void unverifiedAddressCannotBeUsedToRegister() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.verification.use(SENT.plus(Duration.ofMinutes(1))))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("verificationId")));
	}

	@Test
	void verifiedAddressRegistersOnlyOnce() {
		Instant verified = SENT.plus(Duration.ofMinutes(2));
		this.verification.confirm(CODE, HASHES, verified);
		this.verification.use(verified.plusSeconds(30));

		assertThatExceptionOfType(GoneException.class).isThrownBy(() -> this.verification.use(verified.plusSeconds(60)))
			.withMessageContaining("already been used");
		assertThatExceptionOfType(GoneException.class)
			.isThrownBy(() -> this.verification.confirm(CODE, HASHES, verified.plusSeconds(90)));
	}

	@Test
	void verifiedAddressMustRegisterWithinTheHour() {
		Instant verified = SENT.plus(Duration.ofMinutes(10));
		this.verification.confirm(CODE, HASHES, verified);

		assertThatExceptionOfType(GoneException.class)
			.isThrownBy(() -> this.verification.use(verified.plus(Duration.ofHours(1)).plusSeconds(1)))
			.withMessageContaining("verify the email address again");
	}

	@Test
	void verifiedAddressRegistersAtTheEndOfTheHourEvenThoughTheCodeHasExpired() {
		Instant verified = SENT.plus(Duration.ofMinutes(10));
		this.verification.confirm(CODE, HASHES, verified);

		assertThatNoException().isThrownBy(() -> this.verification.use(verified.plus(Duration.ofHours(1))));
	}

}
