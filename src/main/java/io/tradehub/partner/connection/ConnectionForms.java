package io.tradehub.partner.connection;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;

import io.tradehub.partner.company.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the connection actions.
 */
public final class ConnectionForms {

	private ConnectionForms() {
	}

	/** A customer asks a supplier to connect. */
	public record ConnectionRequest(@NotNull UUID supplierId, @Size(max = 2000) @Nullable String message) {
	}

	/** Why the supplier rejects or deactivates; shown to the customer. */
	public record Reason(@Size(max = 2000) @Nullable String reason) {
	}

	/** What an approved connection needs before it trades. */
	public record Activation(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}",
					message = "{tradehub.reference.characters}") String priceType,
			@NotNull @DecimalMin("-100") @DecimalMax("1000") @Digits(integer = 4,
					fraction = 4) BigDecimal markupPercent,
			@NotEmpty Map<DayOfWeek, @NotBlank @Size(max = 100) String> daysOfService) {
	}

	/** The customer's part of onboarding. */
	public record Onboarding(@Valid @NotNull Contact financeContact, @Valid @NotNull Contact orderingContact,
			@NotBlank @Size(max = 40) String termsVersion,
			@AssertTrue(message = "{tradehub.terms.accepted}") boolean acceptTerms) {
	}

}
