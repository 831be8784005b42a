package io.tradehub.portal.partners;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.connection.ConnectionView;
import io.tradehub.partner.connection.Visibility;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One connection: where it stands and its history, the supplier's decisions its state
 * allows (accept, accept with onboarding, approve, activate, reject, deactivate,
 * reactivate) and its settings. The service guards every transition; the page only offers
 * the ones the state allows.
 */
@PortalController
class ConnectionPageController {

	static final String VIEW = "portal/partners/connection";

	private final ConnectionService connections;

	private final FormChecks check;

	ConnectionPageController(ConnectionService connections, FormChecks check) {
		this.connections = connections;
		this.check = check;
	}

	/**
	 * The link in the mails that tell a supplier of a request or a finished onboarding.
	 */
	@GetMapping("/connections/{id}")
	String fromMail(@PathVariable UUID id) {
		return "redirect:/portal/connections/" + id;
	}

	@GetMapping("/portal/connections/{id}")
	String connection(Caller caller, @PathVariable UUID id, Model model) {
		ConnectionView connection = this.connections.get(caller, id);
		TermsForm current = TermsForm.of(connection.settings());
		TermsForm posted = (TermsForm) model.getAttribute("posted");
		model.addAttribute("connection", connection);
		model.addAttribute("history", this.connections.history(caller, id));
		model.addAttribute("values", (posted != null) ? posted.over(current).values() : current.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("visibilities", Visibility.values());
		return VIEW;
	}

	@PostMapping("/portal/connections/{id}/accept")
	String accept(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(this.connections.accept(caller, id), "connection.accepted", redirect);
	}

	@PostMapping("/portal/connections/{id}/approve")
	String approve(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(this.connections.approve(caller, id), "connection.approved", redirect);
	}

	@PostMapping("/portal/connections/{id}/reject")
	String reject(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return done(this.connections.reject(caller, id, FormChecks.blankToNull(reason)), "connection.rejected",
				redirect);
	}

	@PostMapping("/portal/connections/{id}/deactivate")
	String deactivate(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return done(this.connections.deactivate(caller, id, FormChecks.blankToNull(reason)), "connection.deactivated",
				redirect);
	}

	@PostMapping("/portal/connections/{id}/reactivate")
	String reactivate(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		return done(this.connections.reactivate(caller, id), "connection.reactivated", redirect);
	}

	@PostMapping("/portal/connections/{id}/accept-with-onboarding")
	String acceptWithOnboarding(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> fields,
			Model model, RedirectAttributes redirect) {
		return submit(caller, id, "onboarding", fields, model, redirect, form -> {
			ConnectionView connection = this.connections.get(caller, id);
			this.connections.acceptWithOnboarding(caller, id, this.check.valid(form.settings(connection.settings())));
		});
	}

	@PostMapping("/portal/connections/{id}/activate")
	String activate(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		return submit(caller, id, "activate", fields, model, redirect,
				form -> this.connections.activate(caller, id, this.check.valid(form.activation())));
	}

	@PostMapping("/portal/connections/{id}/settings")
	String settings(Caller caller, @PathVariable UUID id, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		return submit(caller, id, "settings", fields, model, redirect,
				form -> this.connections.configure(caller, id, this.check.valid(form.settings())));
	}

	/**
	 * Sends one of the page's forms; bad input shows the page again with the problems
	 * beside that form's fields and what was typed kept.
	 */
	private String submit(Caller caller, UUID id, String formName, Map<String, String> fields, Model model,
			RedirectAttributes redirect, Consumer<TermsForm> action) {
		TermsForm form = new TermsForm(fields);
		try {
			action.accept(form);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("posted", form);
			model.addAttribute("failed", formName);
			model.addAttribute("problems", FormChecks.byField(ex));
			return connection(caller, id, model);
		}
		redirect.addFlashAttribute("notice", "connection.saved-" + formName);
		return "redirect:/portal/connections/" + id;
	}

	private static String done(ConnectionView connection, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/portal/connections/" + connection.id();
	}

}
