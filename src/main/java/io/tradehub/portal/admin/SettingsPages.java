package io.tradehub.portal.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.CompanyView;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's settings: name, time zone, language, address, contacts and EDI
 * identities. Every user reads them; the account manager changes them, as in the API.
 */
@PortalController
@RequestMapping("/portal/settings")
class SettingsPages {

	static final String VIEW = "portal/admin/settings";

	/** Every zone the JDK knows, for the time zone's list. */
	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private final CompanyService companies;

	private final FormChecks checks;

	private final Clock clock;

	SettingsPages(CompanyService companies, FormChecks checks, Clock clock) {
		this.companies = companies;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping
	String settings(Caller caller, Model model) {
		return page(caller, SettingsFields.of(this.companies.view(caller)), List.of(), model);
	}

	@PostMapping
	String save(Caller caller, SettingsFields form, Model model, RedirectAttributes redirect) {
		CompanyView now = this.companies.view(caller);
		try {
			CompanyDetails details = form.details();
			this.checks.require(details);
			this.companies.update(caller, details, now.termsVersion(), now.termsUrl());
		}
		catch (InvalidInputException ex) {
			return page(caller, form, ex.problems(), model);
		}
		catch (ConflictException ex) {
			return page(caller, form, List.of(new FieldProblem("ediIdentities", ex.getMessage())), model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/portal/settings";
	}

	private String page(Caller caller, SettingsFields form, List<FieldProblem> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("zones", ZONES);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("manager", UserPages.manages(caller));
		return VIEW;
	}

}
