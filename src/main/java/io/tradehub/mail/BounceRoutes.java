package io.tradehub.mail;

import org.apache.camel.builder.RouteBuilder;

import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox, when one is configured, and hands each delivery status
 * notification to the {@link BounceReader}.
 */
@Component
class BounceRoutes extends RouteBuilder {

	private final MailProperties properties;

	private final BounceReader reader;

	BounceRoutes(MailProperties properties, BounceReader reader) {
		this.properties = properties;
		this.reader = reader;
	}

	@Override
	public void configure() {
		if (this.properties.bounceEndpoint().isBlank()) {
			return;
		}
		from(this.properties.bounceEndpoint()).routeId("mail-bounces").bean(this.reader, "read");
	}

}
