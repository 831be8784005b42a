package io.tradehub.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.activation.DataHandler;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a received mail into its attachments, and a delivery into a mail with one
 * attachment.
 */
final class MailAttachments {

	private static final Logger log = LoggerFactory.getLogger(MailAttachments.class);

	private MailAttachments() {
	}

	/**
	 * One attachment of a received mail.
	 */
	record Attachment(String name, byte[] content) {
	}

	/**
	 * Replaces the body by the mail's attachments (Camel keeps them in no particular
	 * order).
	 */
	static void toAttachments(Exchange exchange) {
		AttachmentMessage mail = exchange.getMessage(AttachmentMessage.class);
		List<Attachment> attachments = new ArrayList<>();
		if (mail.hasAttachments()) {
			for (Map.Entry<String, DataHandler> entry : mail.getAttachments().entrySet()) {
				attachments.add(new Attachment(entry.getKey(), read(entry.getValue())));
			}
		}
		exchange.getMessage().setBody(attachments);
	}

	/**
	 * Makes one split attachment the exchange's body and file name. Its source key is the
	 * mail's Message-ID and its name (unique in one mail), so a mail read again after a
	 * crash, or after a failure of a later attachment, finds the receipts its attachments
	 * already have.
	 */
	static void fromAttachment(Exchange exchange) {
		Attachment attachment = exchange.getMessage().getBody(Attachment.class);
		exchange.getMessage().setHeader(Channels.FILE_NAME, attachment.name());
		String messageId = exchange.getMessage().getHeader("Message-ID", String.class);
		if (messageId != null && !messageId.isBlank()) {
			exchange.getMessage().setHeader(Channels.SOURCE_KEY, messageId + "/" + attachment.name());
		}
		else {
			// never a key the mail's own headers made up
			exchange.getMessage().removeHeader(Channels.SOURCE_KEY);
		}
		exchange.getMessage().setBody(attachment.content());
	}

	/**
	 * A mail without attachment carries nothing the hub can take; it is flagged seen like
	 * any mail, and this warning is what tells the operator it came.
	 */
	static void refuse(Exchange exchange) {
		log.warn("Mail without attachment refused on channel {}: from {}, subject '{}', Message-ID {}",
				exchange.getFromRouteId(), exchange.getMessage().getHeader(Channels.CHANNEL_IDENTITY),
				exchange.getMessage().getHeader("Subject"), exchange.getMessage().getHeader("Message-ID"));
	}

	/**
	 * The bare address of the mail's From header, lower case; the raw header if
	 * unparsable.
	 */
	static String sender(Exchange exchange) {
		String from = exchange.getMessage().getHeader("From", "", String.class);
		try {
			InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
			return (addresses.length > 0) ? addresses[0].getAddress().toLowerCase(Locale.ROOT) : from;
		}
		catch (AddressException ex) {
			return from;
		}
	}

	/**
	 * Attaches the body under the delivery's file name; the route sets the text after.
	 */
	static void attachBody(Exchange exchange) {
		String name = ChannelHeaders.deliveryName(exchange);
		byte[] content = exchange.getMessage().getBody(byte[].class);
		AttachmentMessage mail = exchange.getMessage(AttachmentMessage.class);
		mail.addAttachment(name, new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
	}

	private static byte[] read(DataHandler handler) {
		try (var in = handler.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
