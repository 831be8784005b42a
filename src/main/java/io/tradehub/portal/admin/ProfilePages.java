package io.tradehub.portal.admin;

import java.util.UUID;

import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.ExchangeFormat;
import io.tradehub.partner.SyntaxId;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.partner.profile.ProfileForm;
import io.tradehub.partner.profile.ProfileService;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The technical profile: the company's own, kept with the integration privilege, and a
 * partner's, read through their connection.
 */
@PortalController
@RequestMapping("/portal/settings/profile")
class ProfilePages {

	static final String VIEW = "portal/admin/profile";

	static final String PARTNER_VIEW = "portal/admin/partner-profile";

	private final ProfileService profiles;

	private final FormChecks checks;

	ProfilePages(ProfileService profiles, FormChecks checks) {
		this.profiles = profiles;
		this.checks = checks;
	}

	@GetMapping
	String profile(Caller caller, Model model) {
		ProfileFields form;
		try {
			form = ProfileFields.of(this.profiles.own(caller));
		}
		catch (NotFoundException ex) {
			// A company that trades in the portal only has none until it sets one up.
			form = ProfileFields.empty();
		}
		return page(form, model);
	}

	@PostMapping
	String save(Caller caller, ProfileFields form, Model model, RedirectAttributes redirect) {
		try {
			ProfileForm profile = form.profile();
			this.checks.require(profile);
			this.profiles.save(caller, profile);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return page(form, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/portal/settings/profile";
	}

	@GetMapping("/partners/{connectionId}")
	String partner(Caller caller, @PathVariable UUID connectionId, Model model) {
		TechnicalProfile profile = this.profiles.ofPartner(caller, connectionId);
		model.addAttribute("profile", profile);
		return PARTNER_VIEW;
	}

	private static String page(ProfileFields form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("formats", ExchangeFormat.values());
		model.addAttribute("syntaxIds", SyntaxId.values());
		model.addAttribute("levels", AcknowledgementPolicy.Level.values());
		model.addAttribute("deliveries", AcknowledgementPolicy.Delivery.values());
		return VIEW;
	}

}
