package io.tradehub.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mail goes and where bounces come back.
 *
 * @param from the sender address of every mail
 * @param endpoint the Camel endpoint mail is sent to: {@code smtp://...} in production, a
 * {@code file:} folder in the embedded default
 * @param bounceEndpoint a Camel {@code imap://} endpoint whose mailbox receives bounces;
 * empty means none
 * @param maxAttempts how often a mail is tried before it counts as failed
 */
@ConfigurationProperties("tradehub.mail")
record MailProperties(String from, String endpoint, @DefaultValue("") String bounceEndpoint,
		@DefaultValue("5") int maxAttempts) {

	boolean sendsMimeMessages() {
		return this.endpoint.startsWith("smtp");
	}

}
