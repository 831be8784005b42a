package io.tradehub.tracking;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file, message or attachment as a channel hands it to the hub, before anything is read
 * from it.
 *
 * @param channel the route id it came by, or {@code http} or {@code portal}
 * @param channelKind the kind of channel ({@code sftp}, {@code imap}, {@code jms},
 * {@code http}, {@code portal})
 * @param partnerKey the partner the channel is configured for, as the channel names it
 * @param channelIdentity who the channel says sent it (SFTP account, mail sender, API
 * token id, queue)
 * @param fileName the name the file or attachment had; only its last path segment is kept
 * @param bytes the content, exactly as received
 * @param replyTo where an acknowledgement sent back the way it came goes (a JMS reply
 * queue, the mail sender's address); null when the channel has none
 * @param replyCorrelation what ties a reply to it (JMS correlation or message id, the
 * mail's Message-ID)
 * @param sourceKey what the channel calls this input, the same each time it hands it over
 * (the JMS message id, the file's idempotent key, the mail's Message-ID and attachment
 * name, the HTTP caller's {@code Idempotency-Key}); the channel gets one receipt per key.
 * Null when the channel has none
 * @param senderCompanyId the company the channel itself proves the input comes from (the
 * portal: the signed-in user's company); null when the partner key or the file says who
 */
public record Inbound(String channel, String channelKind, @Nullable String partnerKey, @Nullable String channelIdentity,
		String fileName, byte[] bytes, @Nullable String replyTo, @Nullable String replyCorrelation,
		@Nullable String sourceKey, @Nullable UUID senderCompanyId) {

	/** What came by a channel that does not itself know the sender's company. */
	public Inbound(String channel, String channelKind, @Nullable String partnerKey, @Nullable String channelIdentity,
			String fileName, byte[] bytes, @Nullable String replyTo, @Nullable String replyCorrelation,
			@Nullable String sourceKey) {
		this(channel, channelKind, partnerKey, channelIdentity, fileName, bytes, replyTo, replyCorrelation, sourceKey,
				null);
	}

	/** What came by a channel that cannot be replied on and has no key of its own. */
	public Inbound(String channel, String channelKind, @Nullable String partnerKey, @Nullable String channelIdentity,
			String fileName, byte[] bytes) {
		this(channel, channelKind, partnerKey, channelIdentity, fileName, bytes, null, null, null, null);
	}

	public Inbound {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelKind, "channelKind");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(bytes, "bytes");
	}

}
