package io.tradehub.partner.invite;

/**
 * Where an emailed invite stands; the invites page shows PENDING, ERROR and DEACTIVATED
 * as its tabs.
 */
public enum InviteStatus {

	/** Sent, not yet used to register. */
	PENDING,

	/** The mail bounced or the address was refused; the reason says which. */
	ERROR,

	/** The invitee registered; the invite became a connection. */
	ACCEPTED,

	/** Cancelled by the supplier; its link no longer works. */
	DEACTIVATED,

	/** An error the supplier has cleared from the Errors tab. */
	CLEARED

}
