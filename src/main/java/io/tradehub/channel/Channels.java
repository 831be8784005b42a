package io.tradehub.channel;

import org.jspecify.annotations.Nullable;

/**
 * The contract between the partner channels and the pipeline.
 *
 * <h2>Inbound</h2> Every inbound channel sends each file it takes (an SFTP or folder
 * file, one mail attachment, one JMS message) as a {@code byte[]} body to
 * {@link #RECEIVE}, with the headers {@link #CHANNEL}, {@link #KIND}, {@link #PARTNER},
 * {@link #CHANNEL_IDENTITY}, {@link #FILE_NAME} and {@link #SOURCE_KEY}, and when the
 * channel has a way back of its own {@link #REPLY_TO} and {@link #REPLY_CORRELATION}. The
 * templates are {@code sftp-inbound}, {@code imap-inbound}, {@code jms-inbound} and
 * {@code file-inbound}; {@code POST /api/v1/inbound} (the pipeline's HTTP endpoint, not a
 * template) enters at the same endpoint with kind {@code http}.
 * <p>
 * The channel acknowledges its input (the file moved to {@code .done/}, the mail flagged
 * seen or deleted, the JMS message committed) only after {@link #RECEIVE} returned
 * without an exception. An exception leaves the input where it was: the file stays in the
 * inbox and is taken again on the next poll, the mail stays unseen, the JMS message is
 * rolled back and redelivered by the broker (which moves it to its dead-letter queue
 * after its {@code max-delivery-attempts}, Artemis' default 10). Files and mails are not
 * moved aside after some tries: the pipeline archives the raw bytes before anything about
 * their content can fail, so an exception means the hub itself is in trouble (database,
 * archive) and the input must wait for it. A mail with several attachments is several
 * exchanges; when one fails the whole mail stays unseen and the ones before it come again
 * (and find the receipts they already have).
 * <p>
 * Files and mails pass a JDBC idempotent repository shared by all hubs on one database,
 * so several hubs polling one inbox take each file once: the key is the partner, the
 * file's name, size and modification time (or the mail's Message-ID). A key is a lease
 * ({@code tradehub.channels.idempotent-lease}), not a mark kept forever: a file still in
 * the inbox once it ran out, left by a hub that died before moving it, is taken again.
 * Every inbound template sends {@link #SOURCE_KEY}, so an input taken again after a crash
 * gets the receipt it already had, whether or not the first take was acknowledged.
 *
 * <h2>Outbound</h2> Each outbound route (templates {@code sftp-outbound},
 * {@code smtp-outbound}, {@code jms-outbound}, {@code http-outbound},
 * {@code file-outbound}) consumes {@link #outbound(String)} of its route id, delivers the
 * {@code byte[]} body under the name in {@link #FILE_NAME}, and throws when delivery
 * fails; retries and the FAILED state are the pipeline's.
 *
 * <h2>Replies</h2> An acknowledgement for a sender whose profile asks for it back the way
 * its file came goes to {@link #outbound(String)} of {@link #REPLY}: the pipeline's reply
 * route answers on the receipt's {@link #REPLY_TO} (a mail to the sender, a message on
 * the reply queue) or keeps it for the HTTP caller.
 */
public final class Channels {

	/** Where every inbound channel sends what it received. */
	public static final String RECEIVE = "direct:tradehub-receive";

	/** Prefix of the endpoint each outbound channel consumes; see {@link #outbound}. */
	public static final String OUTBOUND_PREFIX = "direct:tradehub-out-";

	/**
	 * Header: the id of the route that received the file, e.g. {@code bistro-sftp-in}.
	 */
	public static final String CHANNEL = "TradehubChannel";

	/** Header: {@code sftp}, {@code imap}, {@code jms}, {@code file} or {@code http}. */
	public static final String KIND = "TradehubChannelKind";

	/**
	 * Header: the hub's partner key the channel belongs to (the template's
	 * {@code partner} parameter); it must agree with the interchange's identity.
	 */
	public static final String PARTNER = "TradehubPartner";

	/**
	 * Header: what the channel itself proves about the sender: {@code user@host} for
	 * SFTP, the mail's From address, the queue name, the folder.
	 */
	public static final String CHANNEL_IDENTITY = "TradehubChannelIdentity";

	/**
	 * Header: the file or attachment name, without any path part (see
	 * {@link #safeFileName}); outbound channels deliver under this name.
	 */
	public static final String FILE_NAME = "TradehubFileName";

	/**
	 * Header: the hub id of the document an outbound channel delivers. A channel that can
	 * carry it passes it on, so a receiver can tell a second delivery of the same
	 * document (after a crash between delivering and recording it) from a new one.
	 */
	public static final String DOCUMENT_ID = "TradehubDocumentId";

	/**
	 * Header: where an acknowledgement sent back the way the file came goes: the mail
	 * sender's address for {@code imap}, the reply queue for {@code jms} (the message's
	 * {@code JMSReplyTo}, else the channel's {@code replyQueue}); absent when there is no
	 * way back.
	 */
	public static final String REPLY_TO = "TradehubReplyTo";

	/**
	 * Header: what ties a reply to the input: the mail's Message-ID, the JMS message's
	 * correlation id or else its message id.
	 */
	public static final String REPLY_CORRELATION = "TradehubReplyCorrelation";

	/**
	 * Header: what the channel calls the input, the same every time it hands the same
	 * input over: the JMS message id, the file's idempotent key, the mail's Message-ID
	 * with the attachment's name. The pipeline makes one receipt per channel and key, so
	 * an input handed over again after a crash (a redelivered message, a file whose
	 * idempotent lease ran out) is not received twice. Absent when the channel has none.
	 */
	public static final String SOURCE_KEY = "TradehubSourceKey";

	/**
	 * Exchange property an outbound channel sets to true when its delivery joined the
	 * broker transaction of the queue message being routed, and so commits, or rolls
	 * back, with it ({@link JmsDelivery}).
	 */
	public static final String WITH_QUEUE_MESSAGE = "TradehubDeliveredWithQueueMessage";

	/** The route id of the hub's reply route, as an outbound channel. */
	public static final String REPLY = "tradehub-reply";

	private Channels() {
	}

	/**
	 * The endpoint an outbound channel consumes: {@code direct:tradehub-out-<routeId>}.
	 * @param routeId the route id given in the channel's YAML file
	 * @return the endpoint to send a delivery to
	 */
	public static String outbound(String routeId) {
		return OUTBOUND_PREFIX + routeId;
	}

	/**
	 * A file name that is safe to write anywhere: the last path part of what a partner
	 * sent, without control characters; {@code unnamed} when nothing usable is left.
	 * @param name the name as the channel received it, possibly with a path
	 * @return the sanitised name
	 */
	public static String safeFileName(@Nullable String name) {
		if (name == null) {
			return "unnamed";
		}
		String normalised = name.replace('\\', '/');
		String last = normalised.substring(normalised.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (last.isEmpty() || last.equals(".") || last.equals("..")) {
			return "unnamed";
		}
		return last;
	}

}
