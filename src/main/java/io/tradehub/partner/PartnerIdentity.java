package io.tradehub.partner;

/**
 * An identity a company uses in interchange envelopes, as registered on the hub.
 *
 * @param qualifier {@code GLN}, {@code DUNS} or an envelope qualifier code such as
 * {@code ZZ}
 * @param identifier the id under that qualifier
 */
public record PartnerIdentity(String qualifier, String identifier) {

	/** The {@code qualifier:identifier} form the format readers use. */
	@Override
	public String toString() {
		return this.qualifier + ":" + this.identifier;
	}

}
