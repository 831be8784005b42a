package io.tradehub.partner.company;

/**
 * What a company does on the hub.
 */
public enum CompanyRole {

	SUPPLIER, CUSTOMER, BOTH;

	public boolean supplies() {
		return this != CUSTOMER;
	}

	public boolean buys() {
		return this != SUPPLIER;
	}

}
