package io.tradehub.partner;

/**
 * What a company does on the hub, as other capabilities see it. The company's own enum
 * stays internal because it is the column type of its entity.
 */
public enum PartnerRole {

	SUPPLIER, CUSTOMER, BOTH;

	public boolean supplies() {
		return this != CUSTOMER;
	}

	public boolean buys() {
		return this != SUPPLIER;
	}

}
