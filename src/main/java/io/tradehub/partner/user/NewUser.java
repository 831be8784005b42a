package io.tradehub.partner.user;

import java.util.Set;

import io.tradehub.shared.Privilege;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A user an account manager adds to the company.
 */
public record NewUser(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
		@NotNull @Size(min = 12, max = 72, message = "{tradehub.password.size}") String password,
		boolean accountManager, @Nullable Set<@NotNull Privilege> privileges) {
}
