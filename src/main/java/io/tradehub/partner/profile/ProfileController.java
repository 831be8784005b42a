package io.tradehub.partner.profile;

import java.util.UUID;

import io.tradehub.partner.TechnicalProfile;
import io.tradehub.shared.Caller;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own technical profile, and its partners' through their connections.
 */
@RestController
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/technical-profile")
	TechnicalProfile own(Caller caller) {
		return this.profiles.own(caller);
	}

	@PutMapping("/api/v1/technical-profile")
	TechnicalProfile save(Caller caller, @Valid @RequestBody ProfileForm form) {
		return this.profiles.save(caller, form);
	}

	@GetMapping("/api/v1/connections/{id}/technical-profile")
	TechnicalProfile partner(Caller caller, @PathVariable UUID id) {
		return this.profiles.ofPartner(caller, id);
	}

}
