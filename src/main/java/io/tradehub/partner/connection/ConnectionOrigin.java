package io.tradehub.partner.connection;

/**
 * How a connection came about.
 */
public enum ConnectionOrigin {

	/** The customer registered from the supplier's emailed invite. */
	INVITE,

	/** A prospect registered through the supplier's permanent invite link or QR code. */
	INVITE_LINK,

	/** An existing customer asked to connect. */
	REQUEST

}
