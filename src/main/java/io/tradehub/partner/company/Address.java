package io.tradehub.partner.company;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address; the country is an ISO 3166 alpha-2 code.
 */
@Embeddable
public record Address(@NotBlank @Size(max = 200) String street, @NotBlank @Size(max = 20) String postalCode,
		@NotBlank @Size(max = 100) String city,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{tradehub.country.code}") String country) {
}
