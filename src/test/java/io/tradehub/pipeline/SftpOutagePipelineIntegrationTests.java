package io.tradehub.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import io.tradehub.test.TestSftp;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier whose SFTP server (a real one, stopped and started again on its port) is
 * down: the hub retries with growing waits and delivers the order once the server is
 * back; down past the last try, the order is FAILED with the reason, and a replay
 * delivers it.
 */
class SftpOutagePipelineIntegrationTests extends HubIntegrationTest {

	private static final Path ROOT = TestFiles.temporaryDirectory("tradehub-sftp-outage");

	private static final String USER = "outage";

	private static final String PASSWORD = "outage-secret";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Every file the supplier's server received, by the name it was renamed to. */
	private static final List<String> DELIVERED = new CopyOnWriteArrayList<>();

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	private static SshServer server = start(0);

	private static HubClient buyer;

	private static String buyerToken;

	@DynamicPropertySource
	static void pipeline(DynamicPropertyRegistry registry) {
		TestRoutes.write(ROOT.resolve("routes"), "outage-dairy.sftp-outbound", "sftp-outbound", "outage-dairy-out",
				"host: 127.0.0.1\nport: " + server.getPort() + "\nusername: " + USER + "\npassword: " + PASSWORD
						+ "\nstrictHostKeyChecking: \"no\"\ndirectory: orders\ntimeoutMillis: 5000\n");
		registry.add("tradehub.routes", () -> ROOT.resolve("routes").toString());
		registry.add("tradehub.pipeline.first-retry", () -> "PT1S");
		registry.add("tradehub.pipeline.max-retry", () -> "PT10S");
		registry.add("tradehub.pipeline.delivery-attempts", () -> "3");
	}

	@BeforeEach
	void partners() {
		if (buyer != null) {
			return;
		}
		TestCompany supplier = this.fixtures.company("Outage Dairy", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", SUPPLIER_GLN)));
		TestCompany customer = this.fixtures.company("Outage Hotel", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", BUYER_GLN)));
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		buyer = new HubClient(this.port).login(customer.email(), customer.password());
		supplierClient
			.put("/api/v1/technical-profile",
					Map.of("key", "outage-dairy", "format", "JSON", "outboundChannel", "outage-dairy-out"))
			.expect(200);
		buyer.put("/api/v1/technical-profile", Map.of("key", "outage-hotel", "format", "EDIFACT_D96A")).expect(200);
		buyer.connectActive(supplierClient, supplier.id());
		buyerToken = buyer.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");
	}

	@AfterAll
	static void stopServer() throws IOException {
		server.stop(true);
	}

	@Test
	void anSftpServerThatIsDownIsRetriedWithGrowingWaitsAndGetsTheOrderOnceWhenItIsBack() throws Exception {
		down();
		post("outage-1.edi", orders("INTOUT1", "PO-OUTAGE-1"));

		String id = awaitDocument("PO-OUTAGE-1", "RETRYING", 2);
		up();
		awaitDocument("PO-OUTAGE-1", "DELIVERED", 2);

		JsonNode detail = buyer.get("/api/v1/documents/" + id).expect(200).json();
		List<String> retries = changes(detail, "RETRYING").stream().map((change) -> change.reason()).toList();
		assertThat(retries).hasSize(2)
			.allSatisfy((reason) -> assertThat(reason).contains("of 3 on outage-dairy-out failed"))
			.allSatisfy((reason) -> assertThat(reason).containsIgnoringCase("sftp"));
		List<Instant> attempts = new ArrayList<>(changes(detail, "RETRYING").stream().map(Change::at).toList());
		attempts.add(changes(detail, "DELIVERED").get(0).at());
		Duration firstWait = Duration.between(attempts.get(0), attempts.get(1));
		Duration secondWait = Duration.between(attempts.get(1), attempts.get(2));
		assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		assertThat(secondWait).isGreaterThan(firstWait.plusMillis(500));
		assertDeliveredOnce("PO-OUTAGE-1");
	}

	@Test
	void anOrderFailedAfterTheLastTryOnADownSftpServerIsDeliveredOnceByAReplay() throws Exception {
		down();
		post("outage-2.edi", orders("INTOUT2", "PO-OUTAGE-2"));

		String failed = awaitDocument("PO-OUTAGE-2", "FAILED", 3);
		JsonNode detail = buyer.get("/api/v1/documents/" + failed).expect(200).json();
		assertThat(detail.at("/document/reason").asText()).contains("Delivery attempt 3 of 3 on outage-dairy-out")
			.containsIgnoringCase("sftp");
		assertThat(changes(detail, "RETRYING")).hasSize(2);
		assertThat(deliveries("PO-OUTAGE-2")).isEmpty();

		up();
		String replay = buyer.post("/api/v1/documents/" + failed + "/replay").expect(202).at("/id");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(buyer.get("/api/v1/documents/" + replay).expect(200).at("/document/status"))
				.isEqualTo("DELIVERED"));
		assertThat(buyer.get("/api/v1/documents/" + failed).expect(200).at("/document/status")).isEqualTo("FAILED");
		assertDeliveredOnce("PO-OUTAGE-2");
		assertThat(TestFiles.read(ROOT.resolve("sftp/orders").resolve(deliveries("PO-OUTAGE-2").get(0))))
			.contains("PO-OUTAGE-2");
	}

	/** A change of state in the document's history. */
	record Change(Instant at, String to, String reason) {
	}

	private static List<Change> changes(JsonNode detail, String to) {
		List<Change> changes = new ArrayList<>();
		detail.get("changes").forEach((change) -> {
			if (to.equals(change.get("to").asText())) {
				changes.add(new Change(Instant.parse(change.get("at").asText()), to, change.get("reason").asText()));
			}
		});
		return changes;
	}

	/** Once, and still once a while later, when a doubled delivery would have come. */
	private static void assertDeliveredOnce(String number) {
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(deliveries(number)).hasSize(1));
	}

	private static List<String> deliveries(String number) {
		return DELIVERED.stream()
			.filter((name) -> TestFiles.read(ROOT.resolve("sftp/orders").resolve(name)).contains(number))
			.toList();
	}

	private static String awaitDocument(String number, String status, int attempts) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode document = document(number);
			assertThat(document.at("/status").asText()).isEqualTo(status);
			assertThat(document.at("/attempts").asInt()).isEqualTo(attempts);
		});
		return document(number).at("/id").asText();
	}

	private static JsonNode document(String number) {
		JsonNode items = buyer.get("/api/v1/documents?number=" + number).expect(200).json().get("items");
		assertThat(items).as("documents numbered " + number).hasSize(1);
		return items.get(0);
	}

	private void post(String fileName, String content) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/inbound"))
			.header("Authorization", "Bearer " + buyerToken)
			.header("X-File-Name", fileName)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8))
			.build();
		assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
	}

	private static String orders(String reference, String number) {
		return "UNA:+.? '\nUNB+UNOC:3+" + BUYER_GLN + ":14+" + SUPPLIER_GLN + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number + "+9'\nDTM+137:20261123:102'\nNAD+BY+"
				+ BUYER_GLN + "::9'\nNAD+SU+" + SUPPLIER_GLN + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\n"
				+ "CNT+2:1'\nUNT+10+1'\nUNZ+1+" + reference + "'\n";
	}

	private static void down() throws IOException {
		if (server.isStarted()) {
			server.stop(true);
		}
	}

	private static void up() {
		if (!server.isStarted()) {
			server = start(server.getPort());
		}
	}

	private static SshServer start(int port) {
		return TestSftp.start(ROOT.resolve("sftp"), ROOT.resolve("hostkey.ser"), USER, PASSWORD, port,
				new SftpEventListener() {
					@Override
					public void moved(ServerSession session, Path source, Path target, Collection<CopyOption> options,
							Throwable thrown) {
						if (thrown == null) {
							DELIVERED.add(target.getFileName().toString());
						}
					}
				});
	}

}
