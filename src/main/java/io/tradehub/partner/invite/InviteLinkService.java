package io.tradehub.partner.invite;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.mail.Mail;
import io.tradehub.mail.MailService;
import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyRepository;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Mailboxes;
import io.tradehub.partner.connection.ConnectionOrigin;
import io.tradehub.partner.invite.InviteForms.LinkRegistration;
import io.tradehub.partner.invite.InviteForms.Registered;
import io.tradehub.partner.user.UserAccount;
import io.tradehub.partner.user.UserService;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import io.tradehub.shared.TooManyAttemptsException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier's permanent invite link and its QR code, and the prospect's way through it:
 * verify the email address with a mailed code, then register as a customer whose
 * connection awaits the supplier's approval.
 */
@Service
public class InviteLinkService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CompanyRepository companyRepository;

	private final CompanyService companies;

	private final UserService users;

	private final ProspectVerificationRepository verifications;

	private final CustomerRegistration registration;

	private final Mailboxes mailboxes;

	private final MailService mail;

	private final PasswordEncoder hashes;

	private final Clock clock;

	InviteLinkService(CompanyRepository companyRepository, CompanyService companies, UserService users,
			ProspectVerificationRepository verifications, CustomerRegistration registration, Mailboxes mailboxes,
			MailService mail, PasswordEncoder hashes, Clock clock) {
		this.companyRepository = companyRepository;
		this.companies = companies;
		this.users = users;
		this.verifications = verifications;
		this.registration = registration;
		this.mailboxes = mailboxes;
		this.mail = mail;
		this.hashes = hashes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public String link(Caller caller) {
		caller.require(Privilege.CONNECTIONS);
		Company supplier = this.companies.get(caller.companyId());
		if (!supplier.role().supplies()) {
			throw new NotFoundException("invite link of company", caller.companyId());
		}
		return this.mailboxes.link("/join/" + supplier.inviteCode());
	}

	public byte[] qrCode(Caller caller) {
		return QrCodes.png(link(caller));
	}

	@Transactional(readOnly = true)
	public String supplierName(String code) {
		return supplier(code).name();
	}

	@Transactional
	public VerificationStarted startVerification(String code, String email) {
		Company supplier = supplier(code);
		String address = UserAccount.normalized(email);
		this.users.requireFree(address);
		String secret = "%06d".formatted(RANDOM.nextInt(1_000_000));
		ProspectVerification verification = this.verifications
			.save(new ProspectVerification(supplier.id(), address, this.hashes.encode(secret), this.clock.instant()));
		this.mail.queue(Mail
			.of(address, supplier.language(), "verification-code", supplier.name(),
					ProspectVerification.LIFETIME.toMinutes())
			.withCode(secret)
			.about("verification", verification.id()));
		return new VerificationStarted(verification.id(), verification.expiresAt());
	}

	/**
	 * Checks the code; a wrong code is a failed try that must be remembered, so those
	 * refusals still commit.
	 */
	@Transactional(noRollbackFor = { InvalidInputException.class, TooManyAttemptsException.class })
	public void confirm(String code, UUID verificationId, String secret) {
		verification(code, verificationId).confirm(secret, this.hashes, this.clock.instant());
	}

	@Transactional
	public Registered register(String code, LinkRegistration request) {
		Company supplier = supplier(code);
		ProspectVerification verification = verification(code, request.verificationId());
		verification.use(this.clock.instant());
		return this.registration.register(supplier, verification.email(), request.company(), request.user(),
				ConnectionOrigin.INVITE_LINK);
	}

	private ProspectVerification verification(String code, UUID verificationId) {
		return this.verifications.findByIdAndSupplierId(verificationId, supplier(code).id())
			.orElseThrow(() -> new NotFoundException("verification", verificationId));
	}

	private Company supplier(String code) {
		return this.companyRepository.findByInviteCode(code)
			.filter(company -> company.role().supplies())
			.orElseThrow(() -> new NotFoundException("invite link", code));
	}

	/**
	 * A code is on its way to the prospect.
	 */
	public record VerificationStarted(UUID verificationId, Instant expiresAt) {
	}

}
