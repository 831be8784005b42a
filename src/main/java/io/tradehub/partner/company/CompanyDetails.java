package io.tradehub.partner.company;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a company says about itself when it registers or edits its settings.
 */
public record CompanyDetails(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 60) String timeZone,
		@NotBlank @Pattern(regexp = "en|de", message = "{tradehub.language.supported}") String language,
		@Valid @NotNull Address address, @Valid @NotNull Contact adminContact, @Valid @Nullable Contact financeContact,
		@Valid @Nullable Contact orderingContact, @Valid @Nullable List<@Valid @NotNull EdiIdentity> ediIdentities) {

	public List<EdiIdentity> identities() {
		return this.ediIdentities == null ? List.of() : this.ediIdentities;
	}

}
