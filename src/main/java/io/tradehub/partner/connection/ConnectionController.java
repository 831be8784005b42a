package io.tradehub.partner.connection;

import java.util.List;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.connection.ConnectionForms.Activation;
import io.tradehub.partner.connection.ConnectionForms.ConnectionRequest;
import io.tradehub.partner.connection.ConnectionForms.Onboarding;
import io.tradehub.partner.connection.ConnectionForms.Reason;
import io.tradehub.partner.connection.ConnectionTransition.TransitionView;
import io.tradehub.shared.Caller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Connections: the list, one connection with its history, and each action of its
 * lifecycle.
 */
@RestController
@RequestMapping("/api/v1/connections")
class ConnectionController {

	private final ConnectionService connections;

	ConnectionController(ConnectionService connections) {
		this.connections = connections;
	}

	@GetMapping
	List<ConnectionView> list(Caller caller, @RequestParam(required = false) @Nullable ConnectionStatus status) {
		return this.connections.list(caller, status);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ConnectionView request(Caller caller, @Valid @RequestBody ConnectionRequest request) {
		return this.connections.request(caller, request.supplierId(), request.message());
	}

	@GetMapping("/{id}")
	ConnectionView get(Caller caller, @PathVariable UUID id) {
		return this.connections.get(caller, id);
	}

	@GetMapping("/{id}/history")
	List<TransitionView> history(Caller caller, @PathVariable UUID id) {
		return this.connections.history(caller, id);
	}

	@PutMapping("/{id}/settings")
	ConnectionView configure(Caller caller, @PathVariable UUID id, @Valid @RequestBody ConnectionSettings settings) {
		return this.connections.configure(caller, id, settings);
	}

	@PostMapping("/{id}/accept")
	ConnectionView accept(Caller caller, @PathVariable UUID id) {
		return this.connections.accept(caller, id);
	}

	@PostMapping("/{id}/accept-with-onboarding")
	ConnectionView acceptWithOnboarding(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody ConnectionSettings settings) {
		return this.connections.acceptWithOnboarding(caller, id, settings);
	}

	@PutMapping("/{id}/onboarding")
	ConnectionView completeOnboarding(Caller caller, @PathVariable UUID id, @Valid @RequestBody Onboarding onboarding) {
		return this.connections.completeOnboarding(caller, id, onboarding);
	}

	@PostMapping("/{id}/approve")
	ConnectionView approve(Caller caller, @PathVariable UUID id) {
		return this.connections.approve(caller, id);
	}

	@PostMapping("/{id}/activate")
	ConnectionView activate(Caller caller, @PathVariable UUID id, @Valid @RequestBody Activation activation) {
		return this.connections.activate(caller, id, activation);
	}

	@PostMapping("/{id}/reject")
	ConnectionView reject(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable Reason reason) {
		return this.connections.reject(caller, id, reason == null ? null : reason.reason());
	}

	@PostMapping("/{id}/deactivate")
	ConnectionView deactivate(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable Reason reason) {
		return this.connections.deactivate(caller, id, reason == null ? null : reason.reason());
	}

	@PostMapping("/{id}/reactivate")
	ConnectionView reactivate(Caller caller, @PathVariable UUID id) {
		return this.connections.reactivate(caller, id);
	}

}
