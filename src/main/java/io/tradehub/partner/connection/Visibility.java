package io.tradehub.partner.connection;

/**
 * Which of the supplier's products a customer sees.
 */
public enum Visibility {

	/** Every active product. */
	ALL,

	/** Only the listed products. */
	ALLOW_LIST,

	/** Every active product except the listed ones. */
	DENY_LIST

}
