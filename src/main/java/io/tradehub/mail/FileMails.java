package io.tradehub.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Sends a file as the attachment of a mail from the hub's address, at once and through
 * the hub's mail endpoint. Unlike {@link MailService} nothing is queued: the caller owns
 * the retries (the pipeline retries a delivery like any other), so a failure is thrown.
 */
@Component
public class FileMails {

	private final Session session = Session.getInstance(new Properties());

	private final ProducerTemplate producer;

	private final MailProperties properties;

	FileMails(ProducerTemplate producer, MailProperties properties) {
		this.producer = producer;
		this.properties = properties;
	}

	/** One mail with one attachment. */
	public record FileMail(String to, String subject, String text, String fileName, byte[] content, String contentType,
			@Nullable String inReplyTo) {
	}

	/**
	 * @throws IllegalArgumentException when the address is no address; a mail server that
	 * refuses it or is down throws as the Camel endpoint does
	 */
	public void send(FileMail mail) {
		MimeMessage message = message(mail);
		if (this.properties.sendsMimeMessages()) {
			this.producer.sendBody(this.properties.endpoint(), message);
		}
		else {
			this.producer.sendBodyAndHeader(this.properties.endpoint(), bytes(message), Exchange.FILE_NAME,
					"file-" + UUID.randomUUID() + ".eml");
		}
	}

	private MimeMessage message(FileMail mail) {
		try {
			MimeMessage message = new MimeMessage(this.session);
			message.setFrom(new InternetAddress(this.properties.from()));
			message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
			message.setSubject(mail.subject(), "UTF-8");
			if (mail.inReplyTo() != null) {
				// so the sender's mail reader shows the answer in the thread of its mail
				message.setHeader("In-Reply-To", mail.inReplyTo());
				message.setHeader("References", mail.inReplyTo());
			}
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text(), "UTF-8");
			MimeBodyPart file = new MimeBodyPart();
			file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.content(), mail.contentType())));
			file.setFileName(mail.fileName());
			file.setDisposition(MimeBodyPart.ATTACHMENT);
			message.setContent(new MimeMultipart(text, file));
			message.saveChanges();
			return message;
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException(mail.to() + " is not a mail address: " + ex.getMessage(), ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("The mail to " + mail.to() + " cannot be built: " + ex.getMessage(), ex);
		}
	}

	private static byte[] bytes(MimeMessage message) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
