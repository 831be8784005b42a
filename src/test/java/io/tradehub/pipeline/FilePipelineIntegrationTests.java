package io.tradehub.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.ack.EdifactAckReader;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import io.tradehub.tracking.Inbound;
import io.tradehub.tracking.Receipts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The README's demo, end to end on real folders: a customer drops an EANCOM ORDERS into
 * its inbox, its supplier finds the order as canonical JSON in its outbox, and the
 * customer finds a CONTRL in its own; a second copy of the interchange is refused as a
 * duplicate, with the reason, to the customer. A customer that asks for application
 * acknowledgements finds an APERAK per order instead, accepting or refusing it.
 */
class FilePipelineIntegrationTests extends HubIntegrationTest {

	private static final Path ROOT = TestFiles.temporaryDirectory("tradehub-pipeline");

	private static final String CUSTOMER = "pipe-bistro";

	private static final String SUPPLIER = "pipe-alpine";

	/** The customer that wants to hear what became of each order: APERAK. */
	private static final String APPLICATION_CUSTOMER = "pipe-deli";

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String APPLICATION_CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	private static boolean partnersReady;

	private static HubClient supplierSession;

	private static HubClient deliSession;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Receipts receipts;

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		Path routes = ROOT.resolve("routes");
		TestRoutes.write(routes, CUSTOMER + ".file-inbound", "file-inbound", CUSTOMER + "-file-in",
				Map.of("partner", CUSTOMER, "folder", inbox(CUSTOMER).toString(), "delay", "200"));
		TestRoutes.write(routes, CUSTOMER + ".file-outbound", "file-outbound", CUSTOMER + "-file-out",
				Map.of("folder", outbox(CUSTOMER).toString()));
		TestRoutes.write(routes, SUPPLIER + ".file-inbound", "file-inbound", SUPPLIER + "-file-in",
				Map.of("partner", SUPPLIER, "folder", inbox(SUPPLIER).toString(), "delay", "200"));
		TestRoutes.write(routes, SUPPLIER + ".file-outbound", "file-outbound", SUPPLIER + "-file-out",
				Map.of("folder", outbox(SUPPLIER).toString()));
		TestRoutes.write(routes, APPLICATION_CUSTOMER + ".file-inbound", "file-inbound",
				APPLICATION_CUSTOMER + "-file-in", Map.of("partner", APPLICATION_CUSTOMER, "folder",
						inbox(APPLICATION_CUSTOMER).toString(), "delay", "200"));
		TestRoutes.write(routes, APPLICATION_CUSTOMER + ".file-outbound", "file-outbound",
				APPLICATION_CUSTOMER + "-file-out", Map.of("folder", outbox(APPLICATION_CUSTOMER).toString()));
		registry.add("tradehub.routes", routes::toString);
		registry.add("tradehub.channels.idempotent-purge-interval", () -> "PT0.2S");
	}

	@BeforeEach
	void partners() {
		if (partnersReady) {
			return;
		}
		TestCompany supplier = this.fixtures.company("Pipe Alpine Foods", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", SUPPLIER_GLN)));
		TestCompany customer = this.fixtures.company("Pipe Bistro", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", CUSTOMER_GLN)));
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		HubClient customerClient = new HubClient(this.port).login(customer.email(), customer.password());
		supplierClient
			.put("/api/v1/technical-profile", Map.of("key", SUPPLIER, "format", "JSON", "inboundChannels",
					List.of(Map.of("routeId", SUPPLIER + "-file-in")), "outboundChannel", SUPPLIER + "-file-out"))
			.expect(200);
		customerClient.put("/api/v1/technical-profile",
				Map.of("key", CUSTOMER, "format", "EDIFACT_D96A", "inboundChannels",
						List.of(Map.of("routeId", CUSTOMER + "-file-in")), "outboundChannel", CUSTOMER + "-file-out",
						"acknowledgement", Map.of("level", "SYNTAX")))
			.expect(200);
		customerClient.connectActive(supplierClient, supplier.id());
		TestCompany deli = this.fixtures.company("Pipe Deli", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", APPLICATION_CUSTOMER_GLN)));
		HubClient deliClient = new HubClient(this.port).login(deli.email(), deli.password());
		deliClient.put("/api/v1/technical-profile",
				Map.of("key", APPLICATION_CUSTOMER, "format", "EDIFACT_D96A", "inboundChannels",
						List.of(Map.of("routeId", APPLICATION_CUSTOMER + "-file-in")), "outboundChannel",
						APPLICATION_CUSTOMER + "-file-out", "acknowledgement",
						Map.of("level", "APPLICATION", "delivery", "OUTBOUND_CHANNEL")))
			.expect(200);
		deliClient.connectActive(supplierClient, supplier.id());
		supplierSession = supplierClient;
		deliSession = deliClient;
		partnersReady = true;
	}

	@Test
	void anErpAnswerAsJsonReachesTheCustomerAsOrdrspWhoseContrlIsTiedToIt() throws IOException {
		String response = Files.readString(Path.of("mappings/canonical/examples/order-response.json"))
			.replace("4012345000009", SUPPLIER_GLN)
			.replace("4012345000016", CUSTOMER_GLN)
			.replace("OR-2026-0412", "OR-3001")
			.replace("01a20891-0a00-7c33-8d4e-7f5a2c1b6e33", UUID.randomUUID().toString());
		drop(SUPPLIER, "or-3001.json", response);

		Path ordrsp = TestFiles.awaitFile(outbox(CUSTOMER), "order-response-OR-3001.edi");
		String edi = TestFiles.read(ordrsp);
		assertThat(edi).contains("+ORDRSP:D:96A:UN:EAN005'").contains("BGM+231+OR-3001+4'");
		String reference = edi.replaceAll("(?s).*UNZ\\+1\\+([^']+)'.*", "$1");

		drop(CUSTOMER, "contrl-" + reference + ".edi",
				"UNA:+.? '\nUNB+UNOC:3+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+261123:1400+ACK" + reference
						+ "'\nUNH+1+CONTRL:D:3:UN'\nUCI+" + reference + "+" + SUPPLIER_GLN + ":14+" + CUSTOMER_GLN
						+ ":14+7'\nUNT+3+1'\nUNZ+1+ACK" + reference + "'\n");

		String id = supplierSession.get("/api/v1/documents?number=OR-3001").expect(200).at("/items/0/id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> supplierSession.get("/api/v1/documents/" + id)
				.expect(200)
				.json()
				.at("/acknowledgements")
				.size(), (count) -> count == 1);
		assertThat(supplierSession.get("/api/v1/documents/" + id).expect(200).at("/document/status"))
			.isEqualTo("DELIVERED");
	}

	@Test
	void anEancomOrderDroppedByTheCustomerReachesTheSupplierAsJsonAndIsAcknowledged() throws IOException {
		drop("po-1001.edi", orders("INT1001", "PO-1001"));

		Path order = TestFiles.awaitFile(outbox(SUPPLIER), "order-PO-1001.json");
		Order delivered = (Order) CanonicalJson.read(Files.readString(order));
		assertThat(delivered.envelope().documentNumber()).isEqualTo("PO-1001");
		assertThat(delivered.envelope().sender().identity()).isEqualTo("14:" + CUSTOMER_GLN);
		assertThat(delivered.lines()).singleElement()
			.satisfies((line) -> assertThat(line.quantity().value()).isEqualByComparingTo("48"));
		String contrl = Files.readString(TestFiles.awaitFile(outbox(CUSTOMER), "contrl-INT1001-"),
				StandardCharsets.ISO_8859_1);
		assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN")
			.contains("UCI+INT1001+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+7'");
	}

	@Test
	void theSameInterchangeSentTwiceIsRefusedAsADuplicateToItsSender() throws IOException {
		drop("po-2001.edi", orders("INT2001", "PO-2001"));
		TestFiles.awaitFile(outbox(SUPPLIER), "order-PO-2001.json");
		TestFiles.awaitFile(outbox(CUSTOMER), "contrl-INT2001-");

		drop("po-2001-again.edi", orders("INT2001", "PO-2001"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> TestFiles.files(outbox(CUSTOMER), "contrl-INT2001-").size() == 2);
		String refusal = TestFiles.files(outbox(CUSTOMER), "contrl-INT2001-")
			.stream()
			.map(TestFiles::read)
			.filter((text) -> text.contains("+4+26+UNB+5'"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no CONTRL rejecting the duplicate with 0085 = 26"));
		assertThat(refusal).contains("UCI+INT2001+");
		assertThat(TestFiles.files(outbox(SUPPLIER), "order-PO-2001")).hasSize(1);
	}

	@Test
	void aCustomerAskingForApplicationAcknowledgementsGetsAnAperakPerOrderAcceptingOrRefusingIt() {
		String stranger = Fixtures.gln();
		drop(APPLICATION_CUSTOMER, "po-4001.edi",
				"UNA:+.? '\nUNB+UNOC:3+" + APPLICATION_CUSTOMER_GLN + ":14+" + SUPPLIER_GLN
						+ ":14+261123:1330+INT4001'\n" + order("1", "PO-4001", APPLICATION_CUSTOMER_GLN, SUPPLIER_GLN)
						+ order("2", "PO-4002", APPLICATION_CUSTOMER_GLN, stranger) + "UNZ+2+INT4001'\n");

		TestFiles.awaitFile(outbox(SUPPLIER), "order-PO-4001.json");
		Path file = TestFiles.awaitFile(outbox(APPLICATION_CUSTOMER), "aperak-INT4001-");
		EdiReading reading = new EdiReader()
			.read(new ByteArrayInputStream(TestFiles.read(file).getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		Interchange aperaks = reading.interchanges().get(0);
		// One interchange answering the customer's, from its supplier, with one APERAK
		// per order.
		assertThat(aperaks.sender().toString()).isEqualTo("14:" + SUPPLIER_GLN);
		assertThat(aperaks.receiver().toString()).isEqualTo("14:" + APPLICATION_CUSTOMER_GLN);
		EdifactAckReader reader = new EdifactAckReader(UUID::randomUUID, Clock.systemUTC());
		List<Acknowledgement> answers = aperaks.messages()
			.stream()
			.map((message) -> (Acknowledgement) reader.read(aperaks, message, "test").document())
			.toList();
		assertThat(answers).extracting(Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple("PO-4001", Status.ACCEPTED), tuple("PO-4002", Status.REJECTED));
		assertThat(answers.get(1).problems()).extracting(Problem::code, Problem::message)
			.containsExactly(tuple("REFUSED",
					"The document is addressed to 14:" + stranger + ", which is no company the hub knows"));
		assertThat(TestFiles.files(outbox(APPLICATION_CUSTOMER), "contrl-")).isEmpty();
		// The customer sees what it was sent, delivered: the interchange partly accepted.
		String id = deliSession.get("/api/v1/documents?type=ACKNOWLEDGEMENT").expect(200).at("/items/0/id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> deliSession.get("/api/v1/documents/" + id).expect(200).at("/document/status"),
					"DELIVERED"::equals);
		JsonNode canonical = deliSession.get("/api/v1/documents/" + id).expect(200).json().at("/canonical");
		assertThat(canonical.at("/acknowledgedReference").asText()).isEqualTo("INT4001");
		assertThat(canonical.at("/status").asText()).isEqualTo("PARTIALLY_ACCEPTED");
		assertThat(canonical.at("/problems/0/messageReference").asText()).isEqualTo("PO-4002");
		assertThat(TestFiles.files(outbox(SUPPLIER), "order-PO-4002")).isEmpty();
	}

	/**
	 * A hub took the file (its idempotent key is in the shared table), committed its
	 * receipt and died before moving the file to .done: once the key's lease ran out the
	 * file is taken again, finds that receipt, and its order is delivered once.
	 */
	@Test
	void aFileAHubDiedOnIsTakenAgainOnceItsLeaseRanOutAndItsOrderIsDeliveredOnce() throws IOException {
		byte[] content = orders("INTLEASE1", "PO-LEASE-1").getBytes(StandardCharsets.ISO_8859_1);
		FileTime modified = FileTime.from(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
		String key = "file:" + CUSTOMER + "/po-lease-1.edi/" + content.length + "/" + modified.toMillis();
		this.jdbc.update("insert into camel_messageprocessed (processorname, messageid, createdat) values (?, ?, ?)",
				"tradehub-channels", key, Timestamp.from(Instant.now()));
		this.receipts.receive(new Inbound(CUSTOMER + "-file-in", "file", CUSTOMER, inbox(CUSTOMER).toString(),
				"po-lease-1.edi", content, null, null, key));

		Path file = dropModified(inbox(CUSTOMER), "po-lease-1.edi", content, modified);

		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> Files.exists(file) && TestFiles.files(outbox(SUPPLIER), "order-PO-LEASE-1").isEmpty());
		this.clock.advance(Duration.ofMinutes(6));
		TestFiles.awaitFile(outbox(SUPPLIER), "order-PO-LEASE-1.json");
		await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(file));
		assertThat(inbox(CUSTOMER).resolve(".done").resolve("po-lease-1.edi")).exists();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> TestFiles.files(outbox(SUPPLIER), "order-PO-LEASE-1").size() == 1);
		assertThat(this.jdbc.queryForObject("select count(*) from receipt where file_name = ?", Integer.class,
				"po-lease-1.edi"))
			.as("receipts of the file")
			.isOne();
	}

	/**
	 * Drops the file as {@link TestFiles#drop} does, with the given modification time.
	 */
	private static Path dropModified(Path folder, String name, byte[] content, FileTime modified) throws IOException {
		Files.createDirectories(folder);
		Path hidden = Files.write(folder.resolve("." + name), content);
		Files.setLastModifiedTime(hidden, modified);
		return Files.move(hidden, folder.resolve(name));
	}

	private static String orders(String reference, String number) {
		return "UNA:+.? '\nUNB+UNOC:3+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+261123:1330+" + reference + "'\n"
				+ order("1", number, CUSTOMER_GLN, SUPPLIER_GLN) + "UNZ+1+" + reference + "'\n";
	}

	private static String order(String reference, String number, String buyer, String supplier) {
		return "UNH+" + reference + "+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number
				+ "+9'\nDTM+137:20261123:102'\nNAD+BY+" + buyer + "::9'\nNAD+SU+" + supplier
				+ "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\nCNT+2:1'\nUNT+10+" + reference + "'\n";
	}

	private static void drop(String name, String content) throws IOException {
		drop(CUSTOMER, name, content);
	}

	private static void drop(String partner, String name, String content) {
		TestFiles.drop(inbox(partner), name, content.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Path inbox(String partner) {
		return ROOT.resolve("inbox").resolve(partner);
	}

	private static Path outbox(String partner) {
		return ROOT.resolve("outbox").resolve(partner);
	}

}
