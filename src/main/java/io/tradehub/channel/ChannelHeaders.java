package io.tradehub.channel;

import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.language.ConstantExpression;
import org.apache.camel.model.language.SimpleExpression;

/**
 * The steps every inbound template ends with and every outbound template starts with, so
 * the {@link Channels} contract is written down once.
 */
final class ChannelHeaders {

	private ChannelHeaders() {
	}

	/**
	 * Sets the contract's headers and hands the body to the pipeline as bytes. The file
	 * name header must already be set (raw); it is sanitised here. Expressions are model
	 * expressions, so the template's {@code {{parameters}}} in them are filled in per
	 * route.
	 */
	static void receive(ProcessorDefinition<?> route, String kind, Expression identity) {
		route.setHeader(Channels.CHANNEL, new SimpleExpression("${routeId}"))
			.setHeader(Channels.KIND, new ConstantExpression(kind))
			.setHeader(Channels.PARTNER, new ConstantExpression("{{partner}}"))
			.setHeader(Channels.CHANNEL_IDENTITY, identity)
			.process(ChannelHeaders::sanitiseFileName)
			.convertBodyTo(byte[].class)
			.to(Channels.RECEIVE);
	}

	static void sanitiseFileName(Exchange exchange) {
		String raw = exchange.getMessage().getHeader(Channels.FILE_NAME, String.class);
		exchange.getMessage().setHeader(Channels.FILE_NAME, Channels.safeFileName(raw));
	}

	/**
	 * The name an outbound channel delivers under; a delivery without one is a bug of the
	 * caller, not something to guess.
	 */
	static String deliveryName(Exchange exchange) {
		String raw = exchange.getMessage().getHeader(Channels.FILE_NAME, String.class);
		if (raw == null || raw.isBlank()) {
			throw new IllegalArgumentException("A delivery needs the header " + Channels.FILE_NAME);
		}
		return Channels.safeFileName(raw);
	}

	/** Sets Camel's file name header for the file and SFTP producers. */
	static void toCamelFileName(Exchange exchange) {
		exchange.getMessage().setHeader(Exchange.FILE_NAME, deliveryName(exchange));
	}

}
