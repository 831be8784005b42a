package io.tradehub.partner.company;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person to reach at a company for one purpose (administration, finance, ordering).
 */
@Embeddable
public record Contact(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 40) @Nullable String phone) {
}
