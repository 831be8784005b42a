package io.tradehub.partner.user;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.Privilege;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company's users and their privileges.
 */
@RestController
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@GetMapping("/api/v1/users")
	List<UserView> list(Caller caller) {
		return this.users.list(caller);
	}

	@GetMapping("/api/v1/users/{id}")
	UserView get(Caller caller, @PathVariable UUID id) {
		return this.users.get(caller, id);
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView add(Caller caller, @Valid @RequestBody NewUser user) {
		return this.users.add(caller, user);
	}

	@PutMapping("/api/v1/users/{id}/privileges")
	UserView grant(Caller caller, @PathVariable UUID id, @Valid @RequestBody Grant grant) {
		return this.users.grant(caller, id, grant.privileges(), grant.accountManager());
	}

	@DeleteMapping("/api/v1/users/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller, @PathVariable UUID id) {
		this.users.delete(caller, id);
	}

	record Grant(@Nullable Set<@NotNull Privilege> privileges, boolean accountManager) {
	}

}
