package io.tradehub.partner.profile;

import io.tradehub.partner.InboundChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A stored inbound channel of a profile.
 */
@Embeddable
record ChannelGrant(@Column(name = "route_id") String routeId,
		@Column(name = "channel_identity") @Nullable String channelIdentity) {

	static ChannelGrant of(InboundChannel channel) {
		return new ChannelGrant(channel.routeId(), channel.identity());
	}

	InboundChannel channel() {
		return new InboundChannel(this.routeId, this.channelIdentity);
	}

}
