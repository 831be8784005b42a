package io.tradehub.portal.partners;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.connection.ConnectionForms.Onboarding;
import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.connection.ConnectionView;
import io.tradehub.partner.connection.ConnectionView.Side;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's onboarding with a supplier that accepted it: finance and ordering
 * contacts, and the supplier's terms and conditions to accept. Finishing it makes the
 * connection ACTIVE; until then the shop sends the customer here.
 */
@PortalController
class OnboardingController {

	static final String VIEW = "portal/partners/onboarding";

	/** Stands for the terms of a supplier that has published none. */
	static final String NO_TERMS = "none";

	private final ConnectionService connections;

	private final CompanyService companies;

	private final FormChecks check;

	OnboardingController(ConnectionService connections, CompanyService companies, FormChecks check) {
		this.connections = connections;
		this.companies = companies;
		this.check = check;
	}

	/** The link in the mail that tells the customer it was accepted with onboarding. */
	@GetMapping("/onboarding/{id}")
	String fromMail(@PathVariable UUID id) {
		return "redirect:/portal/onboarding/" + id;
	}

	@GetMapping("/portal/onboarding/{id}")
	String onboarding(Caller caller, @PathVariable UUID id, Model model) {
		ConnectionView connection = this.connections.get(caller, id);
		if (connection.side() != Side.CUSTOMER) {
			throw new NotFoundException("onboarding", id);
		}
		if (connection.status() != ConnectionStatus.ONBOARDING) {
			return "redirect:/portal/connections";
		}
		Company supplier = this.companies.get(connection.supplier().id());
		model.addAttribute("connection", connection);
		model.addAttribute("termsVersion", Objects.requireNonNullElse(supplier.termsVersion(), NO_TERMS));
		model.addAttribute("termsUrl", supplier.termsUrl());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return VIEW;
	}

	@PostMapping("/portal/onboarding/{id}")
	String complete(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		Onboarding onboarding = new Onboarding(contact(fields, "finance"), contact(fields, "ordering"),
				fields.getOrDefault("termsVersion", ""), "true".equals(fields.get("acceptTerms")));
		try {
			this.connections.completeOnboarding(caller, id, this.check.valid(onboarding));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("values", fields);
			model.addAttribute("problems", FormChecks.byField(ex));
			return onboarding(caller, id, model);
		}
		redirect.addFlashAttribute("notice", "onboarding.done");
		return "redirect:/portal/shop";
	}

	private static Contact contact(Map<String, String> fields, String role) {
		return new Contact(fields.getOrDefault(role + ".name", "").strip(),
				fields.getOrDefault(role + ".email", "").strip(), FormChecks.blankToNull(fields.get(role + ".phone")));
	}

}
