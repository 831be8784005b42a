package io.tradehub.test;

import java.io.IOException;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Bounces as a mail server sends them: an RFC 3464 delivery status notification about one
 * of the hub's mails, put in the hub's bounce mailbox on the test mail server.
 */
public final class Bounces {

	private Bounces() {
	}

	/**
	 * @param bounceMailbox the hub's bounce address ({@code test.bounce-mailbox})
	 * @param originalMessageId the Message-ID of the hub's mail that did not arrive
	 * @param diagnostic what the receiving server said
	 */
	public static void deliver(GreenMail mail, String bounceMailbox, String recipient, String originalMessageId,
			String diagnostic) throws MessagingException, IOException {
		MimeMessage bounce = new MimeMessage(Session.getInstance(new Properties()));
		bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.com"));
		bounce.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(bounceMailbox));
		bounce.setSubject("Undelivered Mail Returned to Sender");
		MimeBodyPart human = new MimeBodyPart();
		human.setText("I'm sorry to have to inform you that your message could not be delivered.");
		MimeBodyPart status = new MimeBodyPart();
		status.setDataHandler(new DataHandler(new ByteArrayDataSource(
				"Reporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; " + recipient
						+ "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: " + diagnostic + "\r\n",
				"message/delivery-status")));
		MimeBodyPart headers = new MimeBodyPart();
		headers
			.setDataHandler(
					new DataHandler(
							new ByteArrayDataSource(
									"From: Tradehub <no-reply@tradehub.localhost>\r\nTo: " + recipient
											+ "\r\nMessage-ID: " + originalMessageId + "\r\nSubject: invite\r\n",
									"text/rfc822-headers")));
		bounce.setContent(new MimeMultipart("report; report-type=delivery-status", human, status, headers));
		bounce.saveChanges();
		mail.getUserManager().getUser(bounceMailbox).deliver(bounce);
	}

}
