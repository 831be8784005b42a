package io.tradehub.mail;

/**
 * Where an outgoing mail stands.
 */
enum MailStatus {

	/** Waiting to be sent, or to be retried at its next attempt time. */
	QUEUED,

	/** Claimed by a sender; back to QUEUED if that sender dies. */
	SENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Refused by the server, or out of retries. */
	FAILED,

	/** Accepted, then returned by a bounce. */
	BOUNCED

}
