package io.tradehub.channel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.jms.BytesMessage;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every outbound template delivers the body under {@link Channels#FILE_NAME} to its real
 * server, and a failed delivery is an exception for the pipeline to retry.
 */
class OutboundChannelTests extends ChannelIntegrationTest {

	private static final byte[] DESADV = "UNH+1+DESADV:D:96A:UN:EAN005'".getBytes(StandardCharsets.UTF_8);

	@Autowired
	ProducerTemplate producer;

	@Autowired
	JmsTemplate jms;

	@Value("${tradehub.mail.from}")
	String hubSender;

	@Test
	void fileOutboundWritesTheFileUnderItsNameOnly() throws Exception {
		deliver("test-file-out", "../desadv-1.edi");
		Path outbox = ROOT.resolve("outbox");
		assertThat(outbox.resolve("desadv-1.edi")).hasBinaryContent(DESADV);
		try (var files = Files.list(outbox)) {
			assertThat(files).noneMatch(file -> file.getFileName().toString().startsWith(".tmp-"));
		}
	}

	@Test
	void sftpOutboundUploadsToThePartnersDirectory() throws Exception {
		deliver("test-sftp-out", "desadv-2.edi");
		Path out = sftpRoot().resolve("out");
		assertThat(out.resolve("desadv-2.edi")).hasBinaryContent(DESADV);
		try (var files = Files.list(out)) {
			assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("desadv-2.edi");
		}
	}

	@Test
	void smtpOutboundMailsTheFileAsAttachmentFromTheHub() throws Exception {
		deliver("test-smtp-out", "desadv-3.edi");
		MimeMessage mail = mailbox(SMTP_RECIPIENT).await(1).message();
		assertThat(mail.getSubject()).isEqualTo("Orders for you");
		assertThat(mail.getFrom()[0].toString()).isEqualTo(this.hubSender);
		Part attachment = attachment((Multipart) mail.getContent());
		assertThat(attachment.getFileName()).isEqualTo("desadv-3.edi");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(DESADV);
		// no exchange header became a mail header
		assertThat(mail.getHeader(Channels.FILE_NAME)).isNull();
	}

	@Test
	void jmsOutboundPutsABytesMessageWithItsFileName() throws Exception {
		deliver("test-jms-out", "desadv-4.edi");
		this.jms.setReceiveTimeout(10_000);
		BytesMessage message = (BytesMessage) this.jms.receive("test.erp.out");
		assertThat(message).isNotNull();
		assertThat(message.getStringProperty("fileName")).isEqualTo("desadv-4.edi");
		byte[] content = new byte[(int) message.getBodyLength()];
		message.readBytes(content);
		assertThat(content).isEqualTo(DESADV);
	}

	/**
	 * What the pipeline does when it crashed after delivering and before recording it: it
	 * delivers the same document again, and the broker drops the second copy.
	 */
	@Test
	void jmsOutboundDeliversADocumentDeliveredTwiceOnce() throws Exception {
		String documentId = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.producer.sendBodyAndHeaders(Channels.outbound("test-jms-out"), DESADV,
					Map.of(Channels.FILE_NAME, "desadv-7.edi", Channels.DOCUMENT_ID, documentId));
		}
		this.jms.setReceiveTimeout(10_000);
		BytesMessage message = (BytesMessage) this.jms.receive("test.erp.out");
		assertThat(message).isNotNull();
		assertThat(message.getStringProperty("tradehubId")).isEqualTo(documentId);
		this.jms.setReceiveTimeout(1_000);
		assertThat(this.jms.receive("test.erp.out")).as("the second copy").isNull();
	}

	@Test
	void httpOutboundPostsTheBodySignedWithTheSharedSecret() {
		WEBHOOKS.clear();
		deliver("test-http-out", "desadv-5.edi");
		assertThat(WEBHOOKS).singleElement().satisfies(hook -> {
			assertThat(hook.method()).isEqualTo("POST");
			assertThat(hook.body()).isEqualTo(DESADV);
			assertThat(hook.header("X-Tradehub-File-Name")).isEqualTo("desadv-5.edi");
			assertThat(hook.header("X-Tradehub-Signature")).isEqualTo("sha256=" + hmacSha256(WEBHOOK_SECRET, DESADV));
		});
	}

	@Test
	void aWebhookThatDoesNotAnswer2xxFailsTheDelivery() {
		assertThatThrownBy(() -> deliver("refusing-http-out", "desadv-6.edi"))
			.isInstanceOf(CamelExecutionException.class)
			.hasRootCauseInstanceOf(WebhookSender.WebhookRefusedException.class)
			.rootCause()
			.hasMessageContaining("500")
			.hasMessageContaining("no such partner");
	}

	@Test
	void aDeliveryWithoutFileNameIsRefused() {
		assertThatThrownBy(() -> this.producer.sendBody(Channels.outbound("test-file-out"), DESADV))
			.hasRootCauseInstanceOf(IllegalArgumentException.class);
	}

	private void deliver(String routeId, String fileName) {
		this.producer.sendBodyAndHeaders(Channels.outbound(routeId), DESADV, Map.of(Channels.FILE_NAME, fileName));
	}

	private static Part attachment(Multipart multipart) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (part.getFileName() != null) {
				return part;
			}
		}
		throw new AssertionError("no attachment");
	}

	/** Computed here independently of {@link WebhookSender}, as a partner would. */
	private static String hmacSha256(String secret, byte[] body) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			StringBuilder hex = new StringBuilder();
			for (byte b : mac.doFinal(body)) {
				hex.append(String.format("%02x", b));
			}
			return hex.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static {
		// keeps Awaitility's default poll short for the mailbox wait
		org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
	}

}
