package io.tradehub.pipeline;

import io.tradehub.channel.Channels;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The outbound channel {@link Channels#REPLY}: acknowledgements that go back the way
 * their file came. The route stage delivers to it like to any partner's channel, so a
 * reply is recorded, sent once and retried the same way.
 */
@Component
@ConditionalOnProperty(name = "tradehub.pipeline.enabled", matchIfMissing = true)
class ReplyRoute extends RouteBuilder {

	@Override
	public void configure() {
		from(Channels.outbound(Channels.REPLY)).routeId(Channels.REPLY).bean(Replies.class, "send");
	}

}
