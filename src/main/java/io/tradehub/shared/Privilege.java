package io.tradehub.shared;

/**
 * The areas a company's account manager grants to its users, one privilege per area.
 */
public enum Privilege {

	/** Invite partners, accept, reject and configure connections. */
	CONNECTIONS,

	/** Maintain products, price lists and visibility. */
	CATALOG,

	/** Create and answer order requests. */
	REQUESTS,

	/** Create and follow orders. */
	ORDERS,

	/** Confirm shipments and print picking lists and packing slips. */
	SHIPPING,

	/** Manage API tokens, channels and technical profiles. */
	INTEGRATION,

	/** See the company's users (only the account manager changes them). */
	USERS

}
