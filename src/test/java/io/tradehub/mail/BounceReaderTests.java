package io.tradehub.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a bounce: which of our mails it returns, found by the Message-ID we gave it,
 * and what the receiving server said, in the server's full words.
 */
class BounceReaderTests {

	private static final UUID RETURNED_MAIL = UUID.fromString("0190f1c2-7d4e-7a31-9c55-2b1e4f6a8d90");

	/**
	 * The two forms a bounce reaches the reader in: the raw message as the mailbox
	 * delivers it (CRLF line ends), or its body as text.
	 */
	enum Form {

		RAW_MESSAGE, TEXT;

		String of(String fixture) {
			String text = fixture(fixture);
			if (this == TEXT) {
				return text;
			}
			try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
				MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				message.writeTo(out);
				return out.toString(StandardCharsets.UTF_8);
			}
			catch (IOException | MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void findsTheReturnedMailByItsMessageIdInTheReturnedHeaders(Form form) {
		String bounce = form.of("postfix-bounce-user-unknown.eml");

		assertThat(BounceReader.mailId(bounce)).contains(RETURNED_MAIL);
	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void readsTheWholeDiagnosticEvenWhenTheServerFoldedIt(Form form) {
		String bounce = form.of("postfix-bounce-user-unknown.eml");

		assertThat(BounceReader.diagnostic(bounce)).isEqualTo(
				"smtp; 550 5.1.1 <lena@bistro-lumen.example>: Recipient address rejected: User unknown in virtual mailbox table");
	}

	@Test
	void fallsBackToTheDeliveryStatusWhenTheServerGaveNoDiagnostic() {
		String bounce = fixture("postfix-bounce-user-unknown.eml")
			.replaceAll("(?m)^Diagnostic-Code:.*\\n(?:[ \\t].*\\n)*", "");
		assertThat(bounce).doesNotContain("Diagnostic-Code");

		assertThat(BounceReader.diagnostic(bounce)).isEqualTo("delivery status 5.1.1");
	}

	@Test
	void saysSoWhenTheServerGaveNoReasonAtAll() {
		assertThat(BounceReader.diagnostic("Subject: Returned mail\n\nSorry, it did not work out.\n"))
			.isEqualTo("no reason given by the mail server");
	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void bounceOfAnotherSystemsMailReturnsNoneOfOurs(Form form) {
		assertThat(BounceReader.mailId(form.of("postfix-bounce-of-another-system.eml"))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void outOfOfficeReplyToOurMailReturnsNoneOfOurs(Form form) {
		// It names our mail in In-Reply-To and References, but the mail was delivered.
		assertThat(BounceReader.mailId(form.of("out-of-office-reply.eml"))).isEmpty();
	}

	private static String fixture(String name) {
		try (InputStream in = BounceReaderTests.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@EnumSource(Form.class)
	void aFailedActionIsAFailureButADelayIsOnlyAWarning(Form form) {
		String bounce = form.of("postfix-bounce-user-unknown.eml");
		assertThat(BounceReader.failed(bounce)).isTrue();
		assertThat(BounceReader.failed(bounce.replaceAll("(?im)^Action:\\s*failed", "Action: delayed"))).isFalse();
		assertThat(BounceReader.failed("Your message could not be delivered to anyone.")).isTrue();
	}

}
