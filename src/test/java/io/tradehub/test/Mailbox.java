package io.tradehub.test;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail one address received on the test mail server.
 */
public class Mailbox {

	private final GreenMail server;

	private final String address;

	Mailbox(GreenMail server, String address) {
		this.server = server;
		this.address = address;
	}

	/**
	 * Waits for the n-th mail (counting from 1) to arrive at this address, and answers
	 * it.
	 */
	public Received await(int count) {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> all().size() >= count);
		return all().get(count - 1);
	}

	public List<Received> all() {
		return Arrays.stream(this.server.getReceivedMessages()).filter(this::addressedHere).map(Received::of).toList();
	}

	private boolean addressedHere(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(this.address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A received mail: its headers and both bodies.
	 */
	public record Received(String subject, String to, String messageId, String text, String html, MimeMessage message) {

		static Received of(MimeMessage message) {
			try {
				StringBuilder text = new StringBuilder();
				StringBuilder html = new StringBuilder();
				collect(message, text, html);
				return new Received(message.getSubject(), Arrays.toString(message.getAllRecipients()),
						message.getMessageID(), text.toString(), html.toString(), message);
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void collect(Part part, StringBuilder text, StringBuilder html)
				throws MessagingException, IOException {
			if (part.isMimeType("text/plain")) {
				text.append(part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				html.append(part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), text, html);
				}
			}
		}

		/** The first link in the plain-text body that starts with the given address. */
		public String link(String prefix) {
			int start = this.text.indexOf(prefix);
			if (start < 0) {
				throw new AssertionError("No link " + prefix + " in mail '" + this.subject + "':\n" + this.text);
			}
			int end = start;
			while (end < this.text.length() && !Character.isWhitespace(this.text.charAt(end))) {
				end++;
			}
			return this.text.substring(start, end);
		}

	}

}
