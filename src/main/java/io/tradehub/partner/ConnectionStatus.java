package io.tradehub.partner;

/**
 * Where a supplier–customer partnership stands (DESIGN §2); only ACTIVE connections
 * trade.
 */
public enum ConnectionStatus {

	/**
	 * The customer asked (or registered from an invite or the invite link); the supplier
	 * decides.
	 */
	PENDING,

	/**
	 * Accepted with onboarding: the customer still adds contacts and accepts the terms.
	 */
	ONBOARDING,

	/**
	 * Approved from the invite link; the supplier activates it with prices and days of
	 * service.
	 */
	APPROVED_INACTIVE,

	/** Trading. */
	ACTIVE,

	/** Turned down by the supplier; the customer may ask again. */
	REJECTED,

	/** Stopped by the supplier; can be reactivated. */
	DEACTIVATED

}
