package io.tradehub.partner.connection;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.tradehub.mail.Mail;
import io.tradehub.mail.MailService;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Mailboxes;
import io.tradehub.partner.connection.ConnectionForms.Activation;
import io.tradehub.partner.connection.ConnectionForms.Onboarding;
import io.tradehub.partner.connection.ConnectionTransition.TransitionView;
import io.tradehub.partner.connection.ConnectionView.Party;
import io.tradehub.partner.connection.ConnectionView.Side;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connections between suppliers and customers: requests, the supplier's decisions,
 * onboarding and settings. Each change is checked against the connection's state,
 * recorded, and told to the other partner by mail.
 */
@Service
public class ConnectionService {

	private final ConnectionRepository connections;

	private final CompanyService companies;

	private final Mailboxes mailboxes;

	private final MailService mail;

	private final Clock clock;

	ConnectionService(ConnectionRepository connections, CompanyService companies, Mailboxes mailboxes, MailService mail,
			Clock clock) {
		this.connections = connections;
		this.companies = companies;
		this.mailboxes = mailboxes;
		this.mail = mail;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ConnectionView> list(Caller caller, @Nullable ConnectionStatus status) {
		caller.require(Privilege.CONNECTIONS);
		return this.connections.findVisible(caller.companyId(), status)
			.stream()
			.map(connection -> view(connection, caller))
			.toList();
	}

	@Transactional(readOnly = true)
	public ConnectionView get(Caller caller, UUID id) {
		caller.require(Privilege.CONNECTIONS);
		return view(visible(caller, id), caller);
	}

	@Transactional(readOnly = true)
	public List<TransitionView> history(Caller caller, UUID id) {
		caller.require(Privilege.CONNECTIONS);
		return visible(caller, id).transitions().stream().map(ConnectionTransition::view).toList();
	}

	/**
	 * An existing customer asks a supplier to connect, or asks again after a rejection.
	 */
	@Transactional
	public ConnectionView request(Caller caller, UUID supplierId, @Nullable String message) {
		caller.require(Privilege.CONNECTIONS);
		Company customer = this.companies.get(caller.companyId());
		Company supplier = this.companies.get(supplierId);
		if (!customer.role().buys()) {
			throw new InvalidInputException("supplierId", "only customers ask suppliers to connect");
		}
		if (!supplier.role().supplies() || supplier.id().equals(customer.id())) {
			throw new InvalidInputException("supplierId", "is not a supplier you can connect to");
		}
		Connection connection = this.connections.findBySupplierIdAndCustomerId(supplierId, customer.id())
			.map(existing -> {
				existing.requestAgain(message, Actor.of(caller), this.clock.instant());
				return existing;
			})
			.orElseGet(() -> this.connections.save(new Connection(supplierId, customer.id(), ConnectionOrigin.REQUEST,
					message, Actor.of(caller), this.clock.instant())));
		tellSupplierOfRequest(connection, supplier, customer);
		return view(connection, caller);
	}

	/**
	 * A company that has just registered from an invite or the invite link becomes a
	 * pending connection.
	 */
	@Transactional
	public Connection requestFromRegistration(Company supplier, Company customer, ConnectionOrigin origin, Actor by) {
		if (this.connections.findBySupplierIdAndCustomerId(supplier.id(), customer.id()).isPresent()) {
			throw new ConflictException("These companies are already connected.");
		}
		Connection connection = this.connections
			.save(new Connection(supplier.id(), customer.id(), origin, null, by, this.clock.instant()));
		tellSupplierOfRequest(connection, supplier, customer);
		return connection;
	}

	@Transactional
	public ConnectionView accept(Caller caller, UUID id) {
		Connection connection = asSupplier(caller, id);
		connection.accept(Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-active", null);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView acceptWithOnboarding(Caller caller, UUID id, ConnectionSettings settings) {
		Connection connection = asSupplier(caller, id);
		connection.acceptWithOnboarding(settings, Actor.of(caller), this.clock.instant());
		Company supplier = this.companies.get(connection.supplierId());
		Company customer = this.companies.get(connection.customerId());
		String terms = supplier.termsUrl() == null ? "" : supplier.termsUrl();
		this.mail.queue(Mail
			.of(this.mailboxes.addressOf(customer), customer.language(), "onboarding", supplier.name(),
					Objects.requireNonNullElse(supplier.termsVersion(), "-"), terms)
			.linkingTo(this.mailboxes.link("/onboarding/" + connection.id()))
			.about("connection", connection.id()));
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView completeOnboarding(Caller caller, UUID id, Onboarding onboarding) {
		caller.require(Privilege.CONNECTIONS);
		Connection connection = visible(caller, id);
		if (!connection.customerId().equals(caller.companyId())) {
			throw new AccessDeniedException("Only the customer completes its onboarding.");
		}
		Company supplier = this.companies.get(connection.supplierId());
		if (supplier.termsVersion() != null && !supplier.termsVersion().equals(onboarding.termsVersion())) {
			throw new InvalidInputException("termsVersion",
					"is not the supplier's current terms and conditions, version " + supplier.termsVersion());
		}
		connection.completeOnboarding(onboarding.termsVersion(), Actor.of(caller), this.clock.instant());
		Company customer = this.companies.get(connection.customerId());
		customer.tradingContacts(onboarding.financeContact(), onboarding.orderingContact());
		this.mail.queue(Mail
			.of(this.mailboxes.addressOf(supplier), supplier.language(), "onboarding-completed", customer.name())
			.linkingTo(this.mailboxes.link("/connections/" + connection.id()))
			.about("connection", connection.id()));
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView approve(Caller caller, UUID id) {
		Connection connection = asSupplier(caller, id);
		connection.approve(Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-approved", null);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView activate(Caller caller, UUID id, Activation activation) {
		Connection connection = asSupplier(caller, id);
		ConnectionSettings current = connection.settings();
		connection.activate(
				new ConnectionSettings(activation.priceType(), activation.markupPercent(), current.visibility(),
						current.products(), current.orderCreationAllowed(), activation.daysOfService(),
						current.answerWindowHours(), current.shippingWindowDays()),
				Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-active", null);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView reject(Caller caller, UUID id, @Nullable String reason) {
		Connection connection = asSupplier(caller, id);
		connection.reject(reason, Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-rejected", reason);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView deactivate(Caller caller, UUID id, @Nullable String reason) {
		Connection connection = asSupplier(caller, id);
		connection.deactivate(reason, Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-deactivated", reason);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView reactivate(Caller caller, UUID id) {
		Connection connection = asSupplier(caller, id);
		connection.reactivate(Actor.of(caller), this.clock.instant());
		tellCustomer(connection, "connection-reactivated", null);
		return view(connection, caller);
	}

	@Transactional
	public ConnectionView configure(Caller caller, UUID id, ConnectionSettings settings) {
		Connection connection = asSupplier(caller, id);
		connection.configure(settings);
		return view(connection, caller);
	}

	/**
	 * The other company on one of the caller's connections; the caller's privileges are
	 * the asking capability's to check.
	 */
	@Transactional(readOnly = true)
	public UUID partnerOf(Caller caller, UUID id) {
		Connection connection = visible(caller, id);
		return connection.supplierId().equals(caller.companyId()) ? connection.customerId() : connection.supplierId();
	}

	private void tellSupplierOfRequest(Connection connection, Company supplier, Company customer) {
		this.mail.queue(Mail
			.of(this.mailboxes.addressOf(supplier), supplier.language(), "connection-requested", customer.name())
			.quoting(connection.requestMessage())
			.linkingTo(this.mailboxes.link("/connections/" + connection.id()))
			.about("connection", connection.id()));
	}

	private void tellCustomer(Connection connection, String kind, @Nullable String reason) {
		Company supplier = this.companies.get(connection.supplierId());
		Company customer = this.companies.get(connection.customerId());
		this.mail.queue(Mail.of(this.mailboxes.addressOf(customer), customer.language(), kind, supplier.name())
			.quoting(reason)
			.about("connection", connection.id()));
	}

	private Connection asSupplier(Caller caller, UUID id) {
		caller.require(Privilege.CONNECTIONS);
		Connection connection = visible(caller, id);
		if (!connection.supplierId().equals(caller.companyId())) {
			throw new AccessDeniedException("Only the supplier decides on a connection.");
		}
		return connection;
	}

	private Connection visible(Caller caller, UUID id) {
		return this.connections.findVisible(id, caller.companyId())
			.orElseThrow(() -> new NotFoundException("connection", id));
	}

	private ConnectionView view(Connection connection, Caller caller) {
		Company supplier = this.companies.get(connection.supplierId());
		Company customer = this.companies.get(connection.customerId());
		Side side = supplier.id().equals(caller.companyId()) ? Side.SUPPLIER : Side.CUSTOMER;
		return new ConnectionView(connection.id(), new Party(supplier.id(), supplier.name()),
				new Party(customer.id(), customer.name()), side, connection.status(), connection.origin(),
				connection.requestMessage(), connection.settings(), connection.termsVersion(),
				connection.termsAcceptedAt(), connection.termsAcceptedBy(), connection.createdAt());
	}

}
