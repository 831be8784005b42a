package io.tradehub.partner.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An identity a company uses in interchange envelopes: a GLN, a DUNS number, or any other
 * code qualifier as in UNB and ISA (for example {@code ZZ} for a mutually defined id).
 *
 * @param qualifier {@code GLN}, {@code DUNS} or an envelope qualifier code
 * @param identifier the id under that qualifier
 */
@Embeddable
public record EdiIdentity(
		@NotBlank @Pattern(regexp = "GLN|DUNS|[A-Z0-9]{1,4}", message = "{tradehub.identity.scheme}") String qualifier,
		@NotBlank @Size(max = 35) @Column(name = "identifier") String identifier) {

	/**
	 * Answers what is wrong with the identifier for its qualifier, or null when it is
	 * valid.
	 */
	public String problem() {
		return switch (this.qualifier) {
			case "GLN" -> validGln(this.identifier) ? null : "a GLN has 13 digits and a valid check digit";
			case "DUNS" -> this.identifier.matches("\\d{9}") ? null : "a DUNS number has 9 digits";
			default -> this.identifier.matches("[\\x20-\\x7E]+") ? null : "must be printable ASCII";
		};
	}

	static boolean validGln(String gln) {
		if (!gln.matches("\\d{13}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = gln.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit : digit * 3;
		}
		int check = (10 - sum % 10) % 10;
		return check == gln.charAt(12) - '0';
	}

}
