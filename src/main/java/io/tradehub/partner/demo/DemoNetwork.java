package io.tradehub.partner.demo;

import java.util.EnumSet;
import java.util.UUID;

import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.connection.Actor;
import io.tradehub.partner.connection.ConnectionOrigin;
import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.demo.DemoPartners.DemoCompany;
import io.tradehub.partner.invite.InviteService;
import io.tradehub.partner.profile.ProfileService;
import io.tradehub.partner.user.NewUser;
import io.tradehub.partner.user.UserService;
import io.tradehub.shared.Caller;
import io.tradehub.shared.Privilege;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static io.tradehub.partner.demo.DemoPartners.ALPINE;
import static io.tradehub.partner.demo.DemoPartners.BISTRO;
import static io.tradehub.partner.demo.DemoPartners.CLERK;
import static io.tradehub.partner.demo.DemoPartners.CORNER;
import static io.tradehub.partner.demo.DemoPartners.HARBOUR;
import static io.tradehub.partner.demo.DemoPartners.PASSWORD;
import static io.tradehub.partner.demo.DemoPartners.SEASIDE;
import static io.tradehub.partner.demo.DemoPartners.SNACK;
import static io.tradehub.partner.demo.DemoPartners.ZEITLOS;

/**
 * Builds the demo network through the services users reach through the API, so each
 * connection gets to its state by the guarded transitions, with their history and mails.
 */
@Component
@ConditionalOnBooleanProperty("tradehub.demo.enabled")
class DemoNetwork {

	private final CompanyService companies;

	private final UserService users;

	private final ConnectionService connections;

	private final InviteService invites;

	private final ProfileService profiles;

	DemoNetwork(CompanyService companies, UserService users, ConnectionService connections, InviteService invites,
			ProfileService profiles) {
		this.companies = companies;
		this.users = users;
		this.connections = connections;
		this.invites = invites;
		this.profiles = profiles;
	}

	/**
	 * Loads the network unless its supplier is there already; answers whether it loaded.
	 * One transaction, so a load that fails half-way leaves nothing that the next start
	 * would take for a complete network.
	 */
	@Transactional
	boolean loadUnlessPresent() {
		if (this.users.exists(ALPINE.manager().email())) {
			return false;
		}
		Caller alpine = register(ALPINE);
		this.companies.update(alpine, ALPINE.details(), DemoPartners.TERMS_VERSION, DemoPartners.TERMS_URL);
		this.users.add(alpine,
				new NewUser(CLERK.email(), CLERK.name(), PASSWORD, false, DemoPartners.CLERK_PRIVILEGES));

		UUID bistro = requested(BISTRO, alpine, "We would like your mountain cheese on our menu.");
		this.connections.accept(alpine, bistro);
		this.connections.configure(alpine, bistro, DemoPartners.RESTAURANT_TERMS);

		UUID corner = requested(CORNER, alpine, "Your dairy would sell well in our deli corner.");
		this.connections.acceptWithOnboarding(alpine, corner, DemoPartners.RETAIL_TERMS);

		// Left for the supplier to decide, so the demo has a request to accept or reject.
		requested(HARBOUR, alpine, "We cook for 400 dock workers a day; can you deliver on Mondays?");

		this.connections.approve(alpine, registeredThroughInviteLink(ZEITLOS, alpine));

		UUID seaside = requested(SEASIDE, alpine, "Fresh cheese for our sandwiches, please.");
		this.connections.accept(alpine, seaside);
		this.connections.deactivate(alpine, seaside, "Paused while your shop is being renovated.");

		UUID snack = requested(SNACK, alpine, "Can we order single portions?");
		this.connections.reject(alpine, snack, "We deliver to restaurants and shops only, not to kiosks.");

		this.invites.invite(alpine, DemoPartners.INVITED, "Dear Green Grocer team, let us trade on Tradehub.");
		UUID uninvited = this.invites.invite(alpine, DemoPartners.UNINVITED, "Dear Old Mill team, welcome!").id();
		this.invites.cancel(alpine, uninvited);
		return true;
	}

	/**
	 * Registers a company with its account manager, as a registration does, and answers
	 * the manager as the caller the company acts through.
	 */
	private Caller register(DemoCompany company) {
		UUID companyId = this.companies.register(company.details(), company.role()).id();
		Caller manager = this.users
			.createAccount(companyId, company.manager().email(), company.manager().name(), PASSWORD, true,
					EnumSet.allOf(Privilege.class))
			.caller();
		if (company.profile() != null) {
			this.profiles.save(manager, company.profile());
		}
		return manager;
	}

	private UUID requested(DemoCompany customer, Caller supplier, String message) {
		return this.connections.request(register(customer), supplier.companyId(), message).id();
	}

	/**
	 * What a prospect's registration through the permanent invite link leaves behind; the
	 * email verification before it needs a mailed code, which has no place in demo data.
	 */
	private UUID registeredThroughInviteLink(DemoCompany prospect, Caller supplier) {
		Caller manager = register(prospect);
		return this.connections
			.requestFromRegistration(this.companies.get(supplier.companyId()), this.companies.get(manager.companyId()),
					ConnectionOrigin.INVITE_LINK, Actor.of(manager))
			.id();
	}

}
