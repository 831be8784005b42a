package io.tradehub.partner.invite;

import java.util.EnumSet;

import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.connection.Actor;
import io.tradehub.partner.connection.Connection;
import io.tradehub.partner.connection.ConnectionOrigin;
import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.invite.InviteForms.NewAccount;
import io.tradehub.partner.invite.InviteForms.Registered;
import io.tradehub.partner.user.UserAccount;
import io.tradehub.partner.user.UserService;
import io.tradehub.shared.Privilege;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a new customer company with its account manager and its pending connection to
 * the supplier that invited it; used by both invite flows.
 */
@Component
class CustomerRegistration {

	private final CompanyService companies;

	private final UserService users;

	private final ConnectionService connections;

	CustomerRegistration(CompanyService companies, UserService users, ConnectionService connections) {
		this.companies = companies;
		this.users = users;
		this.connections = connections;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Registered register(Company supplier, String email, CompanyDetails details, NewAccount account,
			ConnectionOrigin origin) {
		this.users.requireFree(email);
		Company customer = this.companies.register(details, CompanyRole.CUSTOMER);
		UserAccount manager = this.users.createAccount(customer.id(), email, account.name(), account.password(), true,
				EnumSet.allOf(Privilege.class));
		Connection connection = this.connections.requestFromRegistration(supplier, customer, origin,
				new Actor(customer.id(), manager.email()));
		return new Registered(customer.id(), manager.id(), connection.id());
	}

}
