package io.tradehub.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import io.tradehub.test.TestSftp;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.sshd.server.SshServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the pipeline's end-to-end tests over real servers: an SFTP server on MINA SSHD,
 * GreenMail for IMAP and SMTP, and the hub's embedded Artemis for JMS. Every partner's
 * channel file is written into a temporary {@code routes/} folder before the hub starts;
 * all subclasses share this one context, and each test trades between a pair of companies
 * of its own.
 */
@AutoConfigureObservability(tracing = false)
abstract class PipelineEndToEndTest extends HubIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final Path ROOT = TestFiles.temporaryDirectory("tradehub-e2e");

	static final String SFTP_USER = "e2e";

	static final String SFTP_PASSWORD = "e2e-secret";

	static final SshServer SFTP = startSftpServer();

	/** The mailbox the hub polls for the X12 customer's orders. */
	static final String ORDERS_MAILBOX = "orders-e2e@hub.test";

	/** The mailbox the hub polls for the orders of the customer that wants replies. */
	static final String REPLY_MAILBOX = "orders-reply-e2e@hub.test";

	/** The mailbox the hub polls for the X12 thread's requests and orders. */
	static final String X12_THREAD_MAILBOX = "x12-thread-e2e@hub.test";

	@Autowired
	JmsTemplate jms;

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		Path routes = ROOT.resolve("routes");
		MAIL.setUser(ORDERS_MAILBOX, ORDERS_MAILBOX, "imap-secret");
		MAIL.setUser(REPLY_MAILBOX, REPLY_MAILBOX, "imap-secret");
		MAIL.setUser(X12_THREAD_MAILBOX, X12_THREAD_MAILBOX, "imap-secret");
		String sftp = "host: 127.0.0.1\nport: " + SFTP.getPort() + "\nusername: " + SFTP_USER + "\npassword: "
				+ SFTP_PASSWORD + "\nstrictHostKeyChecking: \"no\"\n";
		String smtp = "protocol: smtp\nhost: 127.0.0.1\nport: " + MAIL.getSmtp().getPort() + "\n";
		// 1. EANCOM over SFTP in, JSON to an ERP queue out
		TestRoutes.write(routes, "sftp-bistro.sftp-inbound", "sftp-inbound", "sftp-bistro-in",
				sftp + "partner: sftp-bistro\ndirectory: bistro/in\ndelay: 200\n");
		TestRoutes.write(routes, "sftp-bistro.sftp-outbound", "sftp-outbound", "sftp-bistro-out",
				sftp + "directory: bistro/out\n");
		TestRoutes.write(routes, "erp-alpine.jms-outbound", "jms-outbound", "erp-alpine-out",
				"queue: erp.alpine.orders\n");
		// 2. X12 by mail in, EANCOM over SFTP out
		TestRoutes.write(routes, "mail-diner.imap-inbound", "imap-inbound", "mail-diner-in",
				"partner: mail-diner\nprotocol: imap\nhost: 127.0.0.1\nport: " + MAIL.getImap().getPort()
						+ "\nusername: " + ORDERS_MAILBOX + "\npassword: imap-secret\ndelay: 200\n");
		TestRoutes.write(routes, "mail-diner.smtp-outbound", "smtp-outbound", "mail-diner-out",
				smtp + "to: " + MailToSftpPipelineTests.CUSTOMER_MAIL + "\nsubject: \"From Tradehub\"\n");
		// 2b. X12 by mail in, the 997 back as a reply mail
		TestRoutes.write(routes, "mail-deli.imap-inbound", "imap-inbound", "mail-deli-in",
				"partner: mail-deli\nprotocol: imap\nhost: 127.0.0.1\nport: " + MAIL.getImap().getPort()
						+ "\nusername: " + REPLY_MAILBOX + "\npassword: imap-secret\ndelay: 200\n");
		TestRoutes.write(routes, "sftp-dairy.sftp-outbound", "sftp-outbound", "sftp-dairy-out",
				sftp + "directory: dairy/in\n");
		// 2c. X12 by mail in and out: a customer's whole thread, 840 to 856
		TestRoutes.write(routes, "mail-buyer.imap-inbound", "imap-inbound", "mail-buyer-in",
				"partner: mail-buyer\nprotocol: imap\nhost: 127.0.0.1\nport: " + MAIL.getImap().getPort()
						+ "\nusername: " + X12_THREAD_MAILBOX + "\npassword: imap-secret\ndelay: 100\n");
		TestRoutes.write(routes, "mail-buyer.smtp-outbound", "smtp-outbound", "mail-buyer-out",
				smtp + "to: " + X12MailThreadIntegrationTests.CUSTOMER_MAIL + "\nsubject: \"From Tradehub\"\n");
		// 3. JSON from an ERP queue in, X12 by mail out
		TestRoutes.write(routes, "erp-bakery.jms-inbound", "jms-inbound", "erp-bakery-in",
				"partner: erp-bakery\nqueue: erp.bakery.responses\nreplyQueue: " + JmsToMailPipelineTests.ACK_QUEUE
						+ "\n");
		TestRoutes.write(routes, "erp-pantry.jms-inbound", "jms-inbound", "erp-pantry-in",
				"partner: erp-pantry\nqueue: erp.pantry.responses\n");
		TestRoutes.write(routes, "mail-cafe.smtp-outbound", "smtp-outbound", "mail-cafe-out",
				smtp + "to: " + JmsToMailPipelineTests.CUSTOMER_MAIL + "\nsubject: \"Order responses\"\n");
		// 3b. JSON from an ERP queue in, JSON to the customer's queue out: a message
		// received again after its receipt was committed
		TestRoutes.write(routes, "erp-larder.jms-inbound", "jms-inbound", JmsRedeliveryPipelineTests.IN_ROUTE,
				"partner: erp-larder\nqueue: " + JmsRedeliveryPipelineTests.IN_QUEUE + "\n");
		TestRoutes.write(routes, "larder-shop.jms-outbound", "jms-outbound", "larder-shop-out",
				"queue: " + JmsRedeliveryPipelineTests.OUT_QUEUE + "\n");
		// 4. The benchmark's ERP queues: EANCOM in, JSON out. Six consumers take the
		// ERP's
		// queue in: each waits most of an intake for the database's store and the
		// broker's
		// sync, which many commits share (tradehub.database.commit-delay), and the hub's
		// queues have eight each (README).
		TestRoutes.write(routes, "bench-buyer.jms-inbound", "jms-inbound", "bench-buyer-in",
				"partner: bench-buyer\nqueue: bench.orders.in\nconcurrentConsumers: "
						+ Integer.getInteger("benchmark.inbound-consumers", 6) + "\n");
		TestRoutes.write(routes, "bench-seller.jms-outbound", "jms-outbound", "bench-seller-out",
				"queue: bench.orders.out\n");
		// 4b. The same, for two hubs delivering one document at once
		TestRoutes.write(routes, "race-buyer.jms-inbound", "jms-inbound", JmsDeliveryRollbackTests.RACE_IN,
				"partner: race-buyer\nqueue: race.orders.in\n");
		TestRoutes.write(routes, "race-seller.jms-outbound", "jms-outbound", JmsDeliveryRollbackTests.RACE_OUT,
				"queue: race.orders.out\n");
		registry.add("tradehub.routes", routes::toString);
	}

	/**
	 * Registers both companies with their GLN and profile and makes their connection
	 * ACTIVE.
	 * @return the two companies' logged-in clients
	 */
	Traders trade(String customerName, String customerGln, Map<String, Object> customerProfile, String supplierName,
			String supplierGln, Map<String, Object> supplierProfile) {
		return trade(customerName, new EdiIdentity("GLN", customerGln), customerProfile, supplierName,
				new EdiIdentity("GLN", supplierGln), supplierProfile);
	}

	/**
	 * Registers both companies with their envelope identity and profile and makes their
	 * connection ACTIVE.
	 * @return the two companies' logged-in clients
	 */
	Traders trade(String customerName, EdiIdentity customerIdentity, Map<String, Object> customerProfile,
			String supplierName, EdiIdentity supplierIdentity, Map<String, Object> supplierProfile) {
		TestCompany supplier = this.fixtures.company(supplierName, CompanyRole.SUPPLIER, "en",
				List.of(supplierIdentity));
		TestCompany customer = this.fixtures.company(customerName, CompanyRole.CUSTOMER, "en",
				List.of(customerIdentity));
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		HubClient customerClient = new HubClient(this.port).login(customer.email(), customer.password());
		supplierClient.put("/api/v1/technical-profile", supplierProfile).expect(200);
		customerClient.put("/api/v1/technical-profile", customerProfile).expect(200);
		customerClient.connectActive(supplierClient, supplier.id());
		return new Traders(customerClient, supplierClient);
	}

	record Traders(HubClient customer, HubClient supplier) {
	}

	static Map<String, Object> profile(String key, String format, List<Map<String, String>> inbound, String outbound,
			String acknowledgement) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("key", key);
		profile.put("format", format);
		profile.put("inboundChannels", inbound);
		profile.put("outboundChannel", outbound);
		profile.put("acknowledgement", Map.of("level", acknowledgement));
		return profile;
	}

	/** A profile whose acknowledgements go back the way its files came. */
	static Map<String, Object> replying(Map<String, Object> profile) {
		Map<String, Object> replying = new LinkedHashMap<>(profile);
		@SuppressWarnings("unchecked")
		Map<String, Object> acknowledgement = (Map<String, Object>) profile.get("acknowledgement");
		replying.put("acknowledgement", Map.of("level", acknowledgement.get("level"), "delivery", "REPLY"));
		return replying;
	}

	static Path sftp(String directory) {
		return ROOT.resolve("sftp").resolve(directory);
	}

	/**
	 * An order response as a supplier's ERP sends it, in canonical JSON, to an order the
	 * hub need not know.
	 */
	static String orderResponse(String number, String order, String supplier, String customer) {
		return """
				{
				  "type": "ORDER_RESPONSE",
				  "envelope": {
				    "hubId": "%s",
				    "sender": { "identity": "14:%s" },
				    "receiver": { "identity": "14:%s" },
				    "documentNumber": "%s",
				    "answers": { "type": "ORDER", "documentNumber": "%s" }
				  },
				  "action": "CHANGED",
				  "lines": [ {
				    "lineNumber": 1,
				    "product": { "gtin": "4012345654321" },
				    "action": "CHANGED",
				    "quantity": { "value": 2, "unit": "KGM" },
				    "deliveryDate": "2026-11-25"
				  } ],
				  "message": "Only 2 kg of butter this week."
				}
				""".formatted(UUID.randomUUID(), supplier, customer, number, order);
	}

	/** Uploads a file the way a partner should: written aside, then renamed. */
	static void upload(Path folder, String name, byte[] content) {
		try {
			Files.createDirectories(folder);
			Path aside = Files.write(folder.resolve("." + name + ".writing"), content);
			Files.move(aside, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Mails a file as a partner does; answers the mail's Message-ID. */
	static String mail(String from, String to, String fileName, String content) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject("Our order");
		MimeMultipart multipart = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Please find our order attached.");
		multipart.addBodyPart(text);
		MimeBodyPart file = new MimeBodyPart();
		file.setDataHandler(new DataHandler(
				new ByteArrayDataSource(content.getBytes(StandardCharsets.ISO_8859_1), "application/EDI-X12")));
		file.setFileName(fileName);
		file.setDisposition(MimeBodyPart.ATTACHMENT);
		multipart.addBodyPart(file);
		message.setContent(multipart);
		message.saveChanges();
		Transport.send(message);
		return message.getMessageID();
	}

	/** The mail's attachment whose name starts so. */
	static Part attachment(MimeMessage mail, String prefix) throws Exception {
		Multipart multipart = (Multipart) mail.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (part.getFileName() != null && part.getFileName().startsWith(prefix)) {
				return part;
			}
		}
		throw new AssertionError("no attachment named " + prefix + "...");
	}

	private static SshServer startSftpServer() {
		return TestSftp.start(ROOT.resolve("sftp"), ROOT.resolve("hostkey.ser"), SFTP_USER, SFTP_PASSWORD);
	}

}
