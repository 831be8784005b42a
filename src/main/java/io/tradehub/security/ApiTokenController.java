package io.tradehub.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.Privilege;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company's API tokens.
 */
@RestController
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/api-tokens")
	List<ApiTokenView> list(Caller caller) {
		return this.tokens.list(caller);
	}

	@PostMapping("/api/v1/api-tokens")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokenService.NewApiToken create(Caller caller, @Valid @RequestBody TokenRequest request) {
		return this.tokens.create(caller, request.name(), request.privileges());
	}

	@DeleteMapping("/api/v1/api-tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(Caller caller, @PathVariable UUID id) {
		this.tokens.revoke(caller, id);
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name, @Nullable Set<@NotNull Privilege> privileges) {
	}

}
