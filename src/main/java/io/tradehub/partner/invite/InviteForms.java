package io.tradehub.partner.invite;

import java.util.UUID;

import io.tradehub.partner.company.CompanyDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the invite, invite-link and registration requests.
 */
public final class InviteForms {

	private InviteForms() {
	}

	/**
	 * A supplier invites an address, with a personal message in the invitee's language.
	 */
	public record NewInvite(@NotBlank @Email @Size(max = 254) String email, @Size(max = 2000) @Nullable String message,
			@Nullable @Pattern(regexp = "en|de", message = "{tradehub.language.supported}") String language) {
	}

	/**
	 * The first user of a company that registers; the email comes from the invite or the
	 * verification.
	 */
	public record NewAccount(@NotBlank @Size(max = 200) String name,
			@NotNull @Size(min = 12, max = 72, message = "{tradehub.password.size}") String password) {
	}

	/** Registration from an emailed invite. */
	public record InviteRegistration(@NotBlank String inviteToken, @Valid @NotNull CompanyDetails company,
			@Valid @NotNull NewAccount user) {
	}

	/** A prospect asks for a verification code. */
	public record VerificationRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	/** A prospect enters the code from the mail. */
	public record CodeConfirmation(
			@NotBlank @Pattern(regexp = "\\d{6}", message = "{tradehub.verification.code}") String code) {
	}

	/** Registration through the permanent invite link, after the email was verified. */
	public record LinkRegistration(@NotNull UUID verificationId, @Valid @NotNull CompanyDetails company,
			@Valid @NotNull NewAccount user) {
	}

	/** What a registration made. */
	public record Registered(UUID companyId, UUID userId, UUID connectionId) {
	}

}
