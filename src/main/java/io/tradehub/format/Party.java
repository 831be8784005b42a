package io.tradehub.format;

import org.jspecify.annotations.Nullable;

/**
 * An identity as an envelope states it: UNB02/UNB03, UNG02/UNG03 or ISA05-06/ISA07-08.
 *
 * @param id the identification, trimmed of the padding X12 requires
 * @param qualifier the code qualifying it (for example {@code 14} for a GLN, {@code ZZ}
 * mutually defined), or null when the envelope gives none
 */
public record Party(String id, @Nullable String qualifier) {

	@Override
	public String toString() {
		return (this.qualifier != null) ? this.qualifier + ":" + this.id : this.id;
	}

}
