package io.tradehub.partner.invite;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tradehub.mail.Mail;
import io.tradehub.mail.MailDeliveryFailed;
import io.tradehub.mail.MailService;
import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Mailboxes;
import io.tradehub.partner.connection.ConnectionOrigin;
import io.tradehub.partner.invite.InviteForms.InviteRegistration;
import io.tradehub.partner.invite.InviteForms.NewInvite;
import io.tradehub.partner.invite.InviteForms.Registered;
import io.tradehub.partner.user.UserAccount;
import io.tradehub.partner.user.UserService;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import io.tradehub.shared.Tokens;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier's emailed invites: send, resend, cancel, the Errors tab fed by failed
 * deliveries, and registration from an invite link.
 */
@Service
public class InviteService {

	static final String REFERENCE = "invite";

	private final InviteRepository invites;

	private final CompanyService companies;

	private final UserService users;

	private final CustomerRegistration registration;

	private final Mailboxes mailboxes;

	private final MailService mail;

	private final Clock clock;

	InviteService(InviteRepository invites, CompanyService companies, UserService users,
			CustomerRegistration registration, Mailboxes mailboxes, MailService mail, Clock clock) {
		this.invites = invites;
		this.companies = companies;
		this.users = users;
		this.registration = registration;
		this.mailboxes = mailboxes;
		this.mail = mail;
		this.clock = clock;
	}

	@Transactional
	public InviteView invite(Caller caller, NewInvite request) {
		Company supplier = supplier(caller);
		String email = UserAccount.normalized(request.email());
		if (this.invites.existsBySupplierIdAndEmailAndStatusIn(supplier.id(), email,
				List.of(InviteStatus.PENDING, InviteStatus.ERROR))) {
			throw new ConflictException(email + " already has an open invite; resend it instead.");
		}
		if (this.users.exists(email)) {
			throw new ConflictException(email
					+ " already has an account on the hub; their company can ask you to connect from the suppliers list.");
		}
		Locale language = request.language() == null ? supplier.language() : Locale.forLanguageTag(request.language());
		Invite invite = this.invites
			.save(new Invite(supplier.id(), email, request.message(), language, caller.name(), this.clock.instant()));
		send(invite, supplier);
		return invite.view();
	}

	/**
	 * Invites an address in the supplier's language, for callers without a request form
	 * (the demo data).
	 */
	@Transactional
	public InviteView invite(Caller caller, String email, @Nullable String message) {
		return invite(caller, new NewInvite(email, message, null));
	}

	@Transactional(readOnly = true)
	public List<InviteView> list(Caller caller, InviteStatus status) {
		caller.require(Privilege.CONNECTIONS);
		return this.invites.findBySupplierIdAndStatusOrderByCreatedAtDesc(caller.companyId(), status)
			.stream()
			.map(Invite::view)
			.toList();
	}

	@Transactional(readOnly = true)
	InviteView get(Caller caller, UUID id) {
		return owned(caller, id).view();
	}

	@Transactional
	public InviteView resend(Caller caller, UUID id) {
		Invite invite = owned(caller, id);
		send(invite, this.companies.get(caller.companyId()));
		return invite.view();
	}

	@Transactional
	public InviteView cancel(Caller caller, UUID id) {
		Invite invite = owned(caller, id);
		invite.cancel();
		return invite.view();
	}

	@Transactional
	public InviteView clear(Caller caller, UUID id) {
		Invite invite = owned(caller, id);
		invite.clear();
		return invite.view();
	}

	@Transactional
	public int clearErrors(Caller caller) {
		caller.require(Privilege.CONNECTIONS);
		List<Invite> errors = this.invites.findBySupplierIdAndStatusOrderByCreatedAtDesc(caller.companyId(),
				InviteStatus.ERROR);
		errors.forEach(Invite::clear);
		return errors.size();
	}

	/**
	 * What the invitee sees before registering: who invites them, and with what words.
	 */
	@Transactional(readOnly = true)
	public InvitePreview preview(String token) {
		Invite invite = byToken(token);
		invite.requireUsable();
		return new InvitePreview(this.companies.get(invite.supplierId()).name(), invite.email(), invite.message());
	}

	@Transactional
	public Registered register(InviteRegistration request) {
		Invite invite = byToken(request.inviteToken());
		invite.requireUsable();
		Registered registered = this.registration.register(this.companies.get(invite.supplierId()), invite.email(),
				request.company(), request.user(), ConnectionOrigin.INVITE);
		invite.accepted(registered.connectionId());
		return registered;
	}

	/**
	 * Moves an invite whose mail bounced or was refused to the Errors tab, in the
	 * transaction that records the failure.
	 */
	@EventListener
	void onMailFailed(MailDeliveryFailed failure) {
		if (REFERENCE.equals(failure.referenceType()) && failure.referenceId() != null) {
			this.invites.findById(failure.referenceId())
				.ifPresent(invite -> invite.failed(failure.mailId(), failure.reason()));
		}
	}

	private void send(Invite invite, Company supplier) {
		String token = invite.send(this.clock.instant());
		UUID mailId = this.mail.queue(Mail.of(invite.email(), invite.language(), "invite", supplier.name())
			.quoting(invite.message())
			.linkingTo(this.mailboxes.link("/register?invite=" + token))
			.about(REFERENCE, invite.id()));
		invite.mailed(mailId);
	}

	private Company supplier(Caller caller) {
		caller.require(Privilege.CONNECTIONS);
		Company company = this.companies.get(caller.companyId());
		if (!company.role().supplies()) {
			throw new InvalidInputException("email", "only suppliers invite customers");
		}
		return company;
	}

	private Invite owned(Caller caller, UUID id) {
		caller.require(Privilege.CONNECTIONS);
		return this.invites.findByIdAndSupplierId(id, caller.companyId())
			.orElseThrow(() -> new NotFoundException("invite", id));
	}

	private Invite byToken(String token) {
		return this.invites.findByTokenHash(Tokens.digest(token))
			.orElseThrow(() -> new NotFoundException("invite for this link", "(the link may be outdated)"));
	}

	/**
	 * The invite as its recipient sees it.
	 */
	public record InvitePreview(String supplierName, String email, @Nullable String message) {
	}

}
