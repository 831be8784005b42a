package io.tradehub.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.stereotype.Component;

/**
 * Builds the MIME form of an outbox mail: plain text and HTML alternatives, and a
 * Message-ID that names the outbox row, so a bounce can be traced back to it.
 */
@Component
class MimeMessages {

	static final String MESSAGE_ID_DOMAIN = "tradehub.mail";

	private final Session session = Session.getInstance(new Properties());

	private final MailProperties properties;

	MimeMessages(MailProperties properties) {
		this.properties = properties;
	}

	MimeMessage of(OutboundMail mail) {
		try {
			String messageId = "<" + mail.id() + "@" + MESSAGE_ID_DOMAIN + ">";
			MimeMessage message = new MimeMessage(this.session) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", messageId);
				}
			};
			message.setFrom(new InternetAddress(this.properties.from()));
			message.setRecipients(MimeMessage.RecipientType.TO, recipient(mail.recipient()));
			message.setSubject(mail.subject(), "UTF-8");
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.textBody(), "UTF-8");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.htmlBody(), "UTF-8", "html");
			message.setContent(new MimeMultipart("alternative", text, html));
			message.saveChanges();
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Mail " + mail.id() + " cannot be built: " + ex.getMessage(), ex);
		}
	}

	private static InternetAddress[] recipient(String address) {
		try {
			return InternetAddress.parse(address, true);
		}
		catch (AddressException ex) {
			throw new UndeliverableAddressException(address + " is not a deliverable address: " + ex.getMessage());
		}
	}

	byte[] bytesOf(OutboundMail mail) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			of(mail).writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An address no mail server will take, found before anything is sent.
	 */
	static class UndeliverableAddressException extends RuntimeException {

		UndeliverableAddressException(String message) {
			super(message);
		}

	}

}
