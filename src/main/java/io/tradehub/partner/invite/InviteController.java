package io.tradehub.partner.invite;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.partner.invite.InviteForms.NewInvite;
import io.tradehub.shared.Caller;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supplier's side of inviting: emailed invites with their tabs, and the permanent
 * invite link with its QR code.
 */
@RestController
class InviteController {

	private final InviteService invites;

	private final InviteLinkService links;

	InviteController(InviteService invites, InviteLinkService links) {
		this.invites = invites;
		this.links = links;
	}

	/**
	 * One tab of the invites page: PENDING, ERROR or DEACTIVATED.
	 */
	@GetMapping("/api/v1/invites")
	List<InviteView> list(Caller caller, @RequestParam(defaultValue = "PENDING") InviteStatus status) {
		return this.invites.list(caller, status);
	}

	@PostMapping("/api/v1/invites")
	@ResponseStatus(HttpStatus.CREATED)
	InviteView invite(Caller caller, @Valid @RequestBody NewInvite invite) {
		return this.invites.invite(caller, invite);
	}

	@GetMapping("/api/v1/invites/{id}")
	InviteView get(Caller caller, @PathVariable UUID id) {
		return this.invites.get(caller, id);
	}

	@PostMapping("/api/v1/invites/{id}/resend")
	InviteView resend(Caller caller, @PathVariable UUID id) {
		return this.invites.resend(caller, id);
	}

	@PostMapping("/api/v1/invites/{id}/cancel")
	InviteView cancel(Caller caller, @PathVariable UUID id) {
		return this.invites.cancel(caller, id);
	}

	@PostMapping("/api/v1/invites/{id}/clear")
	InviteView clear(Caller caller, @PathVariable UUID id) {
		return this.invites.clear(caller, id);
	}

	@PostMapping("/api/v1/invites/clear-errors")
	Map<String, Integer> clearErrors(Caller caller) {
		return Map.of("cleared", this.invites.clearErrors(caller));
	}

	@GetMapping("/api/v1/invite-link")
	Map<String, String> inviteLink(Caller caller) {
		return Map.of("url", this.links.link(caller), "qrCode", "/api/v1/invite-link/qr.png");
	}

	@GetMapping(path = "/api/v1/invite-link/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] qrCode(Caller caller) {
		return this.links.qrCode(caller);
	}

}
