package io.tradehub.tracking;

import java.util.Objects;

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
 */
public record Inbound(String channel, String channelKind, @Nullable String partnerKey, @Nullable String channelIdentity,
		String fileName, byte[] bytes) {

	public Inbound {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelKind, "channelKind");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(bytes, "bytes");
	}

}
