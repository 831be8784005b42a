package io.tradehub.partner.invite;

import java.util.Map;
import java.util.UUID;

import io.tradehub.partner.invite.InviteForms.CodeConfirmation;
import io.tradehub.partner.invite.InviteForms.InviteRegistration;
import io.tradehub.partner.invite.InviteForms.LinkRegistration;
import io.tradehub.partner.invite.InviteForms.Registered;
import io.tradehub.partner.invite.InviteForms.VerificationRequest;
import io.tradehub.partner.invite.InviteLinkService.VerificationStarted;
import io.tradehub.partner.invite.InviteService.InvitePreview;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps a visitor without an account takes: register from an emailed invite, or
 * through a supplier's permanent invite link after verifying the email address. These
 * endpoints need no session.
 */
@RestController
class RegistrationController {

	private final InviteService invites;

	private final InviteLinkService links;

	RegistrationController(InviteService invites, InviteLinkService links) {
		this.invites = invites;
		this.links = links;
	}

	@GetMapping("/api/v1/registrations/invite")
	InvitePreview invite(@RequestParam String token) {
		return this.invites.preview(token);
	}

	@PostMapping("/api/v1/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registered register(@Valid @RequestBody InviteRegistration registration) {
		return this.invites.register(registration);
	}

	@GetMapping("/api/v1/invite-links/{code}")
	Map<String, String> inviteLink(@PathVariable String code) {
		return Map.of("supplierName", this.links.supplierName(code));
	}

	@PostMapping("/api/v1/invite-links/{code}/verifications")
	@ResponseStatus(HttpStatus.CREATED)
	VerificationStarted verify(@PathVariable String code, @Valid @RequestBody VerificationRequest request) {
		return this.links.startVerification(code, request.email());
	}

	@PostMapping("/api/v1/invite-links/{code}/verifications/{id}/confirm")
	Map<String, Boolean> confirm(@PathVariable String code, @PathVariable UUID id,
			@Valid @RequestBody CodeConfirmation confirmation) {
		this.links.confirm(code, id, confirmation.code());
		return Map.of("verified", true);
	}

	@PostMapping("/api/v1/invite-links/{code}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registered register(@PathVariable String code, @Valid @RequestBody LinkRegistration registration) {
		return this.links.register(code, registration);
	}

}
