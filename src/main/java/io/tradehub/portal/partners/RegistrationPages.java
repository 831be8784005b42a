package io.tradehub.portal.partners;

import java.util.Map;
import java.util.UUID;

import io.tradehub.partner.invite.InviteForms.InviteRegistration;
import io.tradehub.partner.invite.InviteForms.LinkRegistration;
import io.tradehub.partner.invite.InviteForms.VerificationRequest;
import io.tradehub.partner.invite.InviteLinkService;
import io.tradehub.partner.invite.InviteService;
import io.tradehub.partner.invite.InviteService.InvitePreview;
import io.tradehub.portal.FormChecks;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.GoneException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a visitor without an account registers on: from an emailed invite
 * ({@code /register?invite=}, the mail's link), or from a supplier's permanent invite
 * link ({@code /join/{code}}, the QR code's), where the email address is first proven
 * with a mailed code. Either makes the customer company, its account manager and a
 * pending connection, then sends the new user to sign in.
 */
@Controller
class RegistrationPages {

	static final String INVITE_VIEW = "portal/partners/register";

	static final String JOIN_VIEW = "portal/partners/join";

	static final String VERIFY_VIEW = "portal/partners/join-verify";

	static final String DONE_VIEW = "portal/partners/registered";

	static final String ERROR_VIEW = "portal/error";

	private final InviteService invites;

	private final InviteLinkService links;

	private final FormChecks check;

	RegistrationPages(InviteService invites, InviteLinkService links, FormChecks check) {
		this.invites = invites;
		this.links = links;
		this.check = check;
	}

	@GetMapping("/register")
	String invite(@RequestParam("invite") String token, Model model) {
		InvitePreview preview = this.invites.preview(token);
		model.addAttribute("preview", preview);
		model.addAttribute("token", token);
		model.addAttribute("supplierName", preview.supplierName());
		defaults(model);
		return INVITE_VIEW;
	}

	@PostMapping("/register")
	String register(@RequestParam("invite") String token, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		InvitePreview preview = this.invites.preview(token);
		RegistrationForm form = new RegistrationForm(fields);
		try {
			this.invites
				.register(this.check.valid(new InviteRegistration(token, form.company(preview.email()), form.user())));
		}
		catch (InvalidInputException | ConflictException ex) {
			return again(model, fields, ex, invite(token, model));
		}
		return done(redirect, preview.supplierName(), preview.email());
	}

	@GetMapping("/join/{code}")
	String join(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("supplierName", this.links.supplierName(code));
		return JOIN_VIEW;
	}

	@PostMapping("/join/{code}")
	String verify(@PathVariable String code, @RequestParam String email, Model model, RedirectAttributes redirect) {
		UUID verification;
		try {
			verification = this.links
				.startVerification(code, this.check.valid(new VerificationRequest(email.strip())).email())
				.verificationId();
		}
		catch (InvalidInputException | ConflictException ex) {
			model.addAttribute("email", email);
			return again(model, Map.of(), ex, join(code, model));
		}
		redirect.addFlashAttribute("email", email.strip());
		return "redirect:/join/" + code + "/" + verification;
	}

	@GetMapping("/join/{code}/{verification}")
	String verification(@PathVariable String code, @PathVariable UUID verification, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("verification", verification);
		model.addAttribute("supplierName", this.links.supplierName(code));
		defaults(model);
		return VERIFY_VIEW;
	}

	/**
	 * Checks the mailed code and registers in one step; a wrong code counts as a try even
	 * though the registration is not made.
	 */
	@PostMapping("/join/{code}/{verification}")
	String registerFromLink(@PathVariable String code, @PathVariable UUID verification,
			@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
		RegistrationForm form = new RegistrationForm(fields);
		String email = fields.getOrDefault("email", "");
		try {
			this.links.confirm(code, verification, fields.getOrDefault("code", "").strip());
			this.links.register(code,
					this.check.valid(new LinkRegistration(verification, form.company(email), form.user())));
		}
		catch (InvalidInputException | ConflictException | GoneException | TooManyAttemptsException ex) {
			return again(model, fields, ex, verification(code, verification, model));
		}
		return done(redirect, this.links.supplierName(code), email);
	}

	@GetMapping("/register/done")
	String registered() {
		return DONE_VIEW;
	}

	/**
	 * An outdated, used or unknown link is a page in words, as on the signed-in pages,
	 * not the API's problem JSON.
	 */
	@ExceptionHandler({ NotFoundException.class, GoneException.class, TooManyAttemptsException.class })
	String badLink(RuntimeException ex, Model model, HttpServletResponse response) {
		HttpStatus status = (ex instanceof NotFoundException) ? HttpStatus.NOT_FOUND
				: (ex instanceof GoneException) ? HttpStatus.GONE : HttpStatus.TOO_MANY_REQUESTS;
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("titleKey", (status == HttpStatus.NOT_FOUND) ? "error.not-found" : "error.gone");
		model.addAttribute("detail", ex.getMessage());
		return ERROR_VIEW;
	}

	private static String again(Model model, Map<String, String> fields, RuntimeException ex, String view) {
		model.addAttribute("values", fields);
		model.addAttribute("problems", (ex instanceof InvalidInputException invalid) ? FormChecks.byField(invalid)
				: Map.of("form", ex.getMessage()));
		return view;
	}

	private static void defaults(Model model) {
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of("company.timeZone", "Europe/Berlin", "company.language", "en",
					"company.address.country", "DE"));
		}
	}

	private static String done(RedirectAttributes redirect, String supplierName, String email) {
		redirect.addFlashAttribute("supplierName", supplierName);
		redirect.addFlashAttribute("email", email);
		return "redirect:/register/done";
	}

}
