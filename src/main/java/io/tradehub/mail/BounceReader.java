package io.tradehub.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a bounce (RFC 3464 delivery status notification) to the outbox mail it returns,
 * by the Message-ID we gave that mail, and marks it bounced with the server's diagnostic.
 */
@Component
class BounceReader {

	private static final Logger log = LoggerFactory.getLogger(BounceReader.class);

	/**
	 * Our Message-ID as the header of the returned mail. A bounce carries the returned
	 * mail's headers; a reply (an out-of-office notice, say) names our mail only in
	 * In-Reply-To or References, and does not mean it failed.
	 */
	private static final Pattern OUR_MESSAGE_ID = Pattern
		.compile("(?im)^Message-ID:\\s*<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@"
				+ Pattern.quote(MimeMessages.MESSAGE_ID_DOMAIN) + ">");

	/**
	 * The diagnostic with its continuation lines: servers fold long ones (Postfix after
	 * about 80 characters), and the reason is usually in the folded part.
	 */
	private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+(?:\\r?\\n[ \\t]+.+)*)$");

	private static final Pattern FOLD = Pattern.compile("[ \\t]*\\r?\\n[ \\t]+");

	private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*(\\S+)");

	/**
	 * RFC 3464 actions; only "failed" means the mail will not arrive ("delayed" is a
	 * warning).
	 */
	private static final Pattern FAILED_ACTION = Pattern.compile("(?im)^Action:\\s*failed\\b");

	private static final Pattern ANY_ACTION = Pattern.compile("(?im)^Action:");

	private final OutboundMailRepository outbox;

	private final ApplicationEventPublisher events;

	BounceReader(OutboundMailRepository outbox, ApplicationEventPublisher events) {
		this.outbox = outbox;
		this.events = events;
	}

	@Transactional
	public void read(Exchange exchange) throws IOException, MessagingException {
		String raw = raw(exchange);
		Optional<OutboundMail> bounced = mailId(raw).flatMap(this.outbox::findById);
		if (bounced.isEmpty()) {
			log.info("Ignoring a message in the bounce mailbox that returns none of our mails");
			return;
		}
		if (!failed(raw)) {
			log.info("Ignoring a delivery status notice that reports no failure (a delay, say)");
			return;
		}
		OutboundMail mail = bounced.get();
		mail.bounced("The mail to " + mail.recipient() + " bounced: " + diagnostic(raw));
		this.events.publishEvent(mail.failure());
	}

	static Optional<UUID> mailId(String raw) {
		Matcher matcher = OUR_MESSAGE_ID.matcher(raw);
		return matcher.find() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
	}

	/**
	 * Whether the notice reports a failure: an RFC 3464 report says so in its Action
	 * field; a bounce without one (older servers write plain text) counts as a failure.
	 */
	static boolean failed(String raw) {
		return FAILED_ACTION.matcher(raw).find() || !ANY_ACTION.matcher(raw).find();
	}

	static String diagnostic(String raw) {
		Matcher diagnostic = DIAGNOSTIC.matcher(raw);
		if (diagnostic.find()) {
			return FOLD.matcher(diagnostic.group(1)).replaceAll(" ").trim();
		}
		Matcher status = STATUS.matcher(raw);
		return status.find() ? "delivery status " + status.group(1) : "no reason given by the mail server";
	}

	private static String raw(Exchange exchange) throws IOException, MessagingException {
		if (exchange.getIn() instanceof MailMessage mail && mail.getOriginalMessage() != null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			mail.getOriginalMessage().writeTo(out);
			return out.toString(StandardCharsets.UTF_8);
		}
		return exchange.getIn().getBody(String.class);
	}

}
