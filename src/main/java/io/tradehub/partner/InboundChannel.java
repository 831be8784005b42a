package io.tradehub.partner;

import org.jspecify.annotations.Nullable;

/**
 * A channel a company may send through.
 *
 * @param routeId the route id of the channel, as in {@code routes/}
 * @param identity what the channel must report of the sender (mail From address, SFTP
 * user, queue name), compared without regard to case; null when the route alone proves
 * the sender
 */
public record InboundChannel(String routeId, @Nullable String identity) {

	/** Whether a file that came by this route with that channel identity fits. */
	public boolean admits(String routeId, @Nullable String identity) {
		return this.routeId.equals(routeId) && (this.identity == null || this.identity.equalsIgnoreCase(identity));
	}

}
