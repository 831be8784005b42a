package io.tradehub.channel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every inbound template hands its files to {@link Channels#RECEIVE} with the contract's
 * headers, and acknowledges its input only after the pipeline returned.
 */
class InboundChannelTests extends ChannelIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@Autowired
	JmsTemplate jms;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fileStaysInTheInboxUntilThePipelineTookIt() {
		Path inbox = inbox("test");
		this.received.failing("test-file-in", true);
		drop(inbox, "orders.edi", "UNB+UNOC:3+4012345000016:14'");

		await().atMost(WAIT).until(() -> this.received.attempts("test-file-in") >= 2);
		assertThat(inbox.resolve("orders.edi")).as("taken again on the next poll").exists();
		assertThat(inbox.resolve(".done/orders.edi")).doesNotExist();

		this.received.failing("test-file-in", false);
		await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/orders.edi")));
		assertThat(inbox.resolve("orders.edi")).doesNotExist();
		assertThat(this.received.on("test-file-in")).singleElement().satisfies(file -> {
			assertThat(file.kind()).isEqualTo("file");
			assertThat(file.partner()).isEqualTo("test");
			assertThat(file.identity()).isEqualTo(inbox.toString());
			assertThat(file.fileName()).isEqualTo("orders.edi");
			assertThat(file.bodyType()).isEqualTo(byte[].class);
			assertThat(file.text()).isEqualTo("UNB+UNOC:3+4012345000016:14'");
			// the receipt's source key is the idempotent key: a file taken again once
			// its lease ran out finds the receipt of the first take
			assertThat(this.jdbc.queryForList("select messageid from camel_messageprocessed where messageid like ?",
					String.class, "file:test/orders.edi/%"))
				.containsExactly((String) file.headers().get(Channels.SOURCE_KEY));
		});
	}

	@Test
	void aFileThatCannotBeMovedIsTakenAgainAndMovedOnceItCan() throws Exception {
		Path inbox = inbox("blocked");
		Files.createDirectories(inbox);
		// a file where the .done folder goes: the move fails, as it does for the hub
		// whose mkdir loses to another hub's
		Files.writeString(inbox.resolve(".done"), "in the way");
		drop(inbox, "orders.edi", "UNB+UNOC:3+4012345000016:14'");

		await().atMost(WAIT).until(() -> this.received.on("blocked-file-in").size() >= 2);
		assertThat(inbox.resolve("orders.edi")).as("left in the inbox while it cannot be moved").exists();

		Files.delete(inbox.resolve(".done"));
		await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/orders.edi")));
		assertThat(inbox.resolve("orders.edi")).doesNotExist();
		assertThat(this.received.on("blocked-file-in")).extracting((file) -> file.headers().get(Channels.SOURCE_KEY))
			.as("the source key of every take, by which the pipeline finds the first take's receipt")
			.containsOnly(this.received.on("blocked-file-in").get(0).headers().get(Channels.SOURCE_KEY));
	}

	@Test
	void twoConsumersOnOneInboxTakeEachFileOnce() {
		// Both routes poll the same folder every 50 ms while the pipeline holds each file
		// for 600 ms: without the shared repository both would take every file.
		this.received.slow("shared-a-in", Duration.ofMillis(600));
		this.received.slow("shared-b-in", Duration.ofMillis(600));
		for (int i = 1; i <= 3; i++) {
			drop(inbox("shared"), "order-" + i + ".csv", "sku;qty\nA-" + i + ";1\n");
		}
		await().atMost(WAIT)
			.until(() -> this.received.on("shared-a-in").size() + this.received.on("shared-b-in").size() >= 3);
		await().pollDelay(Duration.ofMillis(800)).until(() -> true);

		List<String> taken = java.util.stream.Stream
			.concat(this.received.on("shared-a-in").stream(), this.received.on("shared-b-in").stream())
			.map(ReceivedFiles.Received::fileName)
			.toList();
		assertThat(taken).containsExactlyInAnyOrder("order-1.csv", "order-2.csv", "order-3.csv");
		// A consumer that listed a file the other then moved away sees it with no size
		// and no time when it comes to it, and adds that key before it finds the file
		// gone; such a key names no file and ends with its lease.
		assertThat(this.jdbc.queryForList("select messageid from camel_messageprocessed where messageid like ?",
				String.class, "file:shared/order-%"))
			.filteredOn((key) -> !key.endsWith("/0/"))
			.hasSize(3)
			.allMatch(key -> key.matches("file:shared/order-\\d\\.csv/\\d+/\\d+"));
	}

	@Test
	void sftpFileIsTakenWithTheAccountAsIdentityAndMovedAfterSuccess() throws Exception {
		Path in = sftpRoot().resolve("in");
		this.received.failing("test-sftp-in", true);
		drop(in, "ORDERS_0001.edi", "UNA:+.? 'UNB+UNOC:3'");

		await().atMost(WAIT).until(() -> this.received.attempts("test-sftp-in") >= 2);
		assertThat(in.resolve("ORDERS_0001.edi")).exists();

		this.received.failing("test-sftp-in", false);
		await().atMost(WAIT).until(() -> Files.exists(in.resolve(".done/ORDERS_0001.edi")));
		assertThat(in.resolve("ORDERS_0001.edi")).doesNotExist();
		assertThat(this.received.on("test-sftp-in")).singleElement().satisfies(file -> {
			assertThat(file.kind()).isEqualTo("sftp");
			assertThat(file.partner()).isEqualTo("test");
			assertThat(file.identity()).isEqualTo("partner@127.0.0.1");
			assertThat(file.fileName()).isEqualTo("ORDERS_0001.edi");
			assertThat(file.text()).isEqualTo("UNA:+.? 'UNB+UNOC:3'");
		});
	}

	@Test
	void eachAttachmentIsOneFileAndTheMailIsSeenOnlyAfterAll() throws Exception {
		this.received.failing("test-imap-in", true);
		sendMail("\"Bistro Orders\" <Orders@Bistro.example>", "orders",
				List.of(new byte[][] { "../orders.edi".getBytes(), "UNB+A'".getBytes() },
						new byte[][] { "lines.csv".getBytes(), "sku;qty".getBytes() }));

		await().atMost(WAIT).until(() -> this.received.attempts("test-imap-in") >= 2);
		assertThat(inboxMessages("orders")).singleElement()
			.satisfies(
					mail -> assertThat(mail.getFlags().contains(Flags.Flag.SEEN)).as("unseen while the pipeline fails")
						.isFalse());

		this.received.failing("test-imap-in", false);
		await().atMost(WAIT).until(() -> this.received.on("test-imap-in").size() >= 2);
		assertThat(this.received.on("test-imap-in")).extracting(ReceivedFiles.Received::fileName)
			.containsExactlyInAnyOrder("orders.edi", "lines.csv");
		assertThat(this.received.on("test-imap-in")).allSatisfy(file -> {
			assertThat(file.kind()).isEqualTo("imap");
			assertThat(file.partner()).isEqualTo("test");
			assertThat(file.identity()).isEqualTo("orders@bistro.example");
			assertThat(file.headers()).containsEntry(Channels.REPLY_TO, "orders@bistro.example");
			assertThat((String) file.headers().get(Channels.REPLY_CORRELATION)).startsWith("<");
			assertThat(file.headers()).containsEntry(Channels.SOURCE_KEY,
					file.headers().get(Channels.REPLY_CORRELATION) + "/" + file.fileName());
		});
		assertThat(this.received.on("test-imap-in")).filteredOn(file -> file.fileName().equals("orders.edi"))
			.singleElement()
			.satisfies(file -> assertThat(file.text()).isEqualTo("UNB+A'"));
		await().atMost(WAIT).until(() -> inboxMessages("orders").get(0).getFlags().contains(Flags.Flag.SEEN));
	}

	@Test
	void mailWithoutAttachmentIsRefusedAndNotPassedOn() throws Exception {
		int before = this.received.attempts("test-imap-in");
		sendMail("someone@elsewhere.example", "just text", List.of());
		await().atMost(WAIT)
			.until(() -> inboxMessages("just text").stream()
				.allMatch(mail -> mail.getFlags().contains(Flags.Flag.SEEN)));
		assertThat(this.received.attempts("test-imap-in")).isEqualTo(before);
	}

	@Test
	void jmsMessageIsRedeliveredWhenThePipelineFails() {
		this.received.failNext("test-jms-in", 1);
		this.jms.send("test.erp.in", session -> {
			var message = session.createBytesMessage();
			message.writeBytes("{\"order\":1}".getBytes(StandardCharsets.UTF_8));
			message.setStringProperty("fileName", "erp/order-1.json");
			return message;
		});
		await().atMost(WAIT).until(() -> !this.received.on("test-jms-in").isEmpty());
		assertThat(this.received.attempts("test-jms-in")).isEqualTo(2);
		assertThat(this.received.on("test-jms-in")).singleElement().satisfies(file -> {
			assertThat(file.kind()).isEqualTo("jms");
			assertThat(file.identity()).isEqualTo("test.erp.in");
			assertThat(file.fileName()).isEqualTo("order-1.json");
			assertThat(file.text()).isEqualTo("{\"order\":1}");
			assertThat(file.headers()).containsEntry("JMSRedelivered", true);
			// no JMSReplyTo and no replyQueue: no way back
			assertThat((String) file.headers().get(Channels.REPLY_TO)).isNullOrEmpty();
			assertThat(file.headers().get(Channels.REPLY_CORRELATION)).isEqualTo(file.headers().get("JMSMessageID"));
			assertThat(file.headers().get(Channels.SOURCE_KEY)).isEqualTo(file.headers().get("JMSMessageID"));
		});
	}

	@Test
	void jmsMessagesReplyToQueueAndCorrelationIdAreWhereItsAcknowledgementGoes() {
		this.jms.send("test.erp.in", session -> {
			var message = session.createBytesMessage();
			message.writeBytes("{\"order\":2}".getBytes(StandardCharsets.UTF_8));
			message.setStringProperty("fileName", "order-2.json");
			message.setJMSReplyTo(session.createQueue("test.erp.acks"));
			message.setJMSCorrelationID("erp-42");
			return message;
		});
		await().atMost(WAIT)
			.until(() -> this.received.on("test-jms-in")
				.stream()
				.anyMatch(file -> file.text().contains("\"order\":2")));
		assertThat(this.received.on("test-jms-in")).filteredOn(file -> file.text().contains("\"order\":2"))
			.singleElement()
			.satisfies(file -> {
				assertThat(file.headers()).containsEntry(Channels.REPLY_TO, "test.erp.acks");
				assertThat(file.headers()).containsEntry(Channels.REPLY_CORRELATION, "erp-42");
			});
	}

	private static void sendMail(String from, String subject, List<byte[][]> attachments) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(IMAP_USER));
		message.setSubject(subject);
		if (attachments.isEmpty()) {
			message.setText("no file, sorry");
		}
		else {
			MimeMultipart multipart = new MimeMultipart();
			MimeBodyPart text = new MimeBodyPart();
			text.setText("files attached");
			multipart.addBodyPart(text);
			for (byte[][] attachment : attachments) {
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(
						new DataHandler(new ByteArrayDataSource(attachment[1], "application/octet-stream")));
				part.setFileName(new String(attachment[0]));
				part.setDisposition(MimeBodyPart.ATTACHMENT);
				multipart.addBodyPart(part);
			}
			message.setContent(multipart);
		}
		Transport.send(message);
	}

	private static List<StoredMessage> inboxMessages(String subject) throws Exception {
		var user = MAIL.getUserManager().getUser(IMAP_USER);
		return MAIL.getManagers()
			.getImapHostManager()
			.getInbox(user)
			.getMessages()
			.stream()
			.filter(mail -> subject(mail).equals(subject))
			.toList();
	}

	private static String subject(StoredMessage message) {
		try {
			return message.getMimeMessage().getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
