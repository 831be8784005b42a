package io.tradehub.partner;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a company exchanges files with the hub.
 *
 * @param key the company's slug, unique across the hub: the {@code partner} parameter of
 * its route templates and its folder {@code mappings/partners/<key>/}
 * @param format what the hub writes to it
 * @param csvLayout the layout under {@code mappings/csv} for {@link ExchangeFormat#CSV},
 * else null
 * @param syntaxId the EDIFACT syntax identifier for EDIFACT formats, else null
 * @param test whether its interchanges are test interchanges
 * @param inboundChannels the channels it may send through besides {@link #HTTP}
 * @param outboundChannel the route id its documents go to; null when it reads them in the
 * portal only
 * @param acknowledgement what it gets back for each interchange it sends
 */
public record TechnicalProfile(String key, ExchangeFormat format, @Nullable String csvLayout,
		@Nullable SyntaxId syntaxId, boolean test, List<InboundChannel> inboundChannels,
		@Nullable String outboundChannel, AcknowledgementPolicy acknowledgement) {

	/**
	 * The HTTP inbound channel: a company's API token already proves who sends, so every
	 * company may use it without listing it.
	 */
	public static final String HTTP = "http";

	/**
	 * The portal channel: documents the hub builds from an action of a signed-in user,
	 * for the user's own company. The session proves who sends and the hub writes the
	 * document itself as canonical JSON, so no profile lists the channel, and a company
	 * that has no profile at all (it trades in the portal only) may use it.
	 */
	public static final String PORTAL = "portal";

	public TechnicalProfile {
		inboundChannels = List.copyOf(inboundChannels);
	}

	/**
	 * Whether the company may send through that route with that channel identity.
	 */
	public boolean admits(String routeId, @Nullable String channelIdentity) {
		return HTTP.equals(routeId) || PORTAL.equals(routeId)
				|| this.inboundChannels.stream().anyMatch(channel -> channel.admits(routeId, channelIdentity));
	}

	/**
	 * Whether a company with that profile, or with none, may send through that route with
	 * that channel identity: without a profile only through the {@link #PORTAL}.
	 */
	public static boolean admits(@Nullable TechnicalProfile profile, String routeId, @Nullable String channelIdentity) {
		return (profile != null) ? profile.admits(routeId, channelIdentity) : PORTAL.equals(routeId);
	}

}
