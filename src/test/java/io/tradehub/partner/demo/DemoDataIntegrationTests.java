package io.tradehub.partner.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.partner.demo.DemoPartners.Login;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static io.tradehub.partner.demo.DemoPartners.ALPINE;
import static io.tradehub.partner.demo.DemoPartners.BISTRO;
import static io.tradehub.partner.demo.DemoPartners.CLERK;
import static io.tradehub.partner.demo.DemoPartners.CORNER;
import static io.tradehub.partner.demo.DemoPartners.PASSWORD;
import static io.tradehub.partner.demo.DemoPartners.ZEITLOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub started with demo data: every demo user signs in with the printed password and
 * finds the network the start-up block promises, and a second load adds nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "tradehub.demo.enabled=true", "tradehub.routes=routes/demo" })
class DemoDataIntegrationTests extends HubIntegrationTest {

	private static final Path DEMO_FOLDER = temporaryFolder();

	private static final Path CORPUS = Path.of("..", "shared", "corpus");

	@DynamicPropertySource
	static void demoFolder(DynamicPropertyRegistry registry) {
		registry.add("tradehub.demo.folder", DEMO_FOLDER::toString);
	}

	@Autowired
	DemoDataRunner runner;

	@Test
	void supplierSeesAConnectionInEveryState() {
		HubClient alpine = signIn(ALPINE.manager().email());

		JsonNode connections = alpine.get("/api/v1/connections").expect(200).json();
		assertThat(statusByCustomer(connections)).containsOnly(Map.entry("Bistro Lumen", "ACTIVE"),
				Map.entry("Corner Market", "ONBOARDING"), Map.entry("Harbour Canteen", "PENDING"),
				Map.entry("Kaffeehaus Zeitlos", "APPROVED_INACTIVE"), Map.entry("Seaside Deli", "DEACTIVATED"),
				Map.entry("Snack Point", "REJECTED"));

		JsonNode active = connection(connections, "Bistro Lumen");
		assertThat(active.at("/settings/priceType").asText()).isEqualTo("restaurant");
		assertThat(active.at("/settings/markupPercent").decimalValue()).isEqualByComparingTo("4.50");
		assertThat(active.at("/settings/daysOfService/TUESDAY").asText()).isEqualTo("Alpine Kuehltransport");
		assertThat(active.at("/settings/answerWindowHours").asInt()).isEqualTo(48);
		assertThat(active.at("/settings/shippingWindowDays").asInt()).isEqualTo(2);
		assertThat(connection(connections, "Kaffeehaus Zeitlos").at("/origin").asText()).isEqualTo("INVITE_LINK");
		assertThat(actions(alpine, connection(connections, "Seaside Deli"))).isEqualTo("request, accept, deactivate");
		assertThat(actions(alpine, connection(connections, "Snack Point"))).isEqualTo("request, reject");

		JsonNode company = alpine.get("/api/v1/company").expect(200).json();
		assertThat(company.at("/timeZone").asText()).isEqualTo("Europe/Berlin");
		assertThat(company.at("/termsVersion").asText()).isEqualTo("2026-01");
		assertThat(company.at("/termsUrl").asText()).startsWith("https://");
		assertThat(company.at("/ediIdentities/0/qualifier").asText()).isEqualTo("GLN");
		assertThat(company.at("/ediIdentities/0/identifier").asText()).isEqualTo("4012345000009");
	}

	/**
	 * The README's demo: a corpus EANCOM order dropped into Bistro Lumen's inbox reaches
	 * Alpine Foods' outbox as canonical JSON, and Bistro Lumen's outbox gets the CONTRL.
	 */
	@Test
	void aCorpusOrderDroppedInTheDemoInboxIsConvertedIntoTheSuppliersOutbox() throws IOException {
		Path sample = CORPUS.resolve("edifact/orders/d96a-eancom-ean008-amazon-eu-with-prices.edi");
		Assumptions.assumeTrue(Files.isRegularFile(sample), "../shared/corpus is not beside this clone");
		Path inbox = Files.createDirectories(DEMO_FOLDER.resolve("inbox/bistro-lumen"));
		Files.copy(sample, inbox.resolve(".order.edi"));
		Files.move(inbox.resolve(".order.edi"), inbox.resolve("order.edi"));

		Path alpine = DEMO_FOLDER.resolve("outbox/alpine-foods");
		await().atMost(Duration.ofSeconds(30)).until(() -> list(alpine).size() == 1);
		Order order = (Order) CanonicalJson.read(Files.readString(list(alpine).get(0)));
		assertThat(order.envelope().sender().identity()).isEqualTo("14:5450534000017");
		assertThat(order.envelope().receiver().identity()).isEqualTo("14:8450534000000");
		assertThat(order.lines()).isNotEmpty();
		Path bistro = DEMO_FOLDER.resolve("outbox/bistro-lumen");
		await().atMost(Duration.ofSeconds(30)).until(() -> list(bistro).size() == 1);
		assertThat(Files.readString(list(bistro).get(0), StandardCharsets.ISO_8859_1)).contains("CONTRL")
			.contains("UCI+4234+");
	}

	private static List<Path> list(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("tradehub-demo");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void customersSeeTheirOwnConnection() {
		assertThat(statusByCustomer(signIn(BISTRO.manager().email()).get("/api/v1/connections").json()))
			.containsExactly(Map.entry("Bistro Lumen", "ACTIVE"));
		HubClient corner = signIn(CORNER.manager().email());
		JsonNode onboarding = corner.get("/api/v1/connections").json();
		assertThat(statusByCustomer(onboarding)).containsExactly(Map.entry("Corner Market", "ONBOARDING"));
		assertThat(onboarding.at("/0/side").asText()).isEqualTo("CUSTOMER");
		assertThat(onboarding.at("/0/supplier/name").asText()).isEqualTo("Alpine Foods GmbH");
		assertThat(corner.get("/api/v1/company").at("/timeZone")).isEqualTo("America/New_York");

		HubClient zeitlos = signIn(ZEITLOS.manager().email());
		assertThat(zeitlos.get("/api/v1/company").at("/language")).isEqualTo("de");
		assertThat(mailbox(ZEITLOS.manager().email()).await(1).subject())
			.isEqualTo("Alpine Foods GmbH hat Ihre Verbindung freigegeben");
	}

	@Test
	void tradingCompaniesHaveTechnicalProfiles() {
		JsonNode bistro = signIn(BISTRO.manager().email()).get("/api/v1/technical-profile").expect(200).json();
		assertThat(bistro.at("/key").asText()).isEqualTo("bistro-lumen");
		assertThat(bistro.at("/format").asText()).isEqualTo("EDIFACT_D96A");
		assertThat(bistro.at("/inboundChannels/0/routeId").asText()).isEqualTo("bistro-lumen-file-in");
		assertThat(bistro.at("/outboundChannel").asText()).isEqualTo("bistro-lumen-file-out");

		HubClient alpine = signIn(ALPINE.manager().email());
		JsonNode corner = connection(alpine.get("/api/v1/connections").json(), "Corner Market");
		assertThat(alpine.get("/api/v1/connections/" + corner.at("/id").asText() + "/technical-profile")
			.expect(200)
			.at("/format")).isEqualTo("X12_4010");
		assertThat(alpine.get("/api/v1/technical-profile").expect(200).at("/key")).isEqualTo("alpine-foods");
	}

	@Test
	void invitesTabsHoldThePendingAndTheCancelledInvite() {
		HubClient alpine = signIn(ALPINE.manager().email());

		assertThat(alpine.get("/api/v1/invites?status=PENDING").expect(200).json())
			.extracting(invite -> invite.get("email").asText())
			.containsExactly(DemoPartners.INVITED);
		assertThat(alpine.get("/api/v1/invites?status=DEACTIVATED").expect(200).json())
			.extracting(invite -> invite.get("email").asText())
			.containsExactly(DemoPartners.UNINVITED);
	}

	@Test
	void clerkSignsInButMayNotHandleConnectionsOrUsers() {
		HubClient clerk = signIn(CLERK.email());

		assertThat(clerk.get("/api/v1/company").expect(200).at("/name")).isEqualTo("Alpine Foods GmbH");
		clerk.get("/api/v1/connections").expect(403);
		clerk.get("/api/v1/invites?status=PENDING").expect(403);
		clerk.get("/api/v1/users").expect(403);
		clerk
			.post("/api/v1/users",
					Map.of("email", "someone@alpine-foods.example", "name", "Someone", "password",
							"long enough password", "accountManager", true))
			.expect(403);
		JsonNode clerkSeenByManager = signIn(ALPINE.manager().email()).get("/api/v1/users").json();
		assertThat(clerkSeenByManager).extracting(user -> user.get("email").asText())
			.containsExactly(ALPINE.manager().email(), CLERK.email());
		assertThat(clerkSeenByManager.at("/1/accountManager").asBoolean()).isFalse();
		assertThat(clerkSeenByManager.at("/1/privileges")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("REQUESTS", "ORDERS", "SHIPPING");
	}

	@Test
	void printsLoginsAtStartUpThatAllSignIn(CapturedOutput output) {
		assertThat(output.getOut()).contains(DemoDataRunner.LOADED).contains("http://hub.test/api/v1/connections");
		for (Login login : DemoPartners.logins()) {
			assertThat(output.getOut())
				.containsPattern(Pattern.quote(login.company()) + " +" + Pattern.quote(login.user().role()) + " +"
						+ Pattern.quote(login.user().email()) + " +tradehub-demo");
			signIn(login.user().email());
		}
	}

	@Test
	void secondLoadAddsNothingButPrintsTheLoginsAgain(CapturedOutput output) throws Exception {
		HubClient alpine = signIn(ALPINE.manager().email());
		String before = snapshot(alpine);

		this.runner.run(new DefaultApplicationArguments());

		assertThat(snapshot(alpine)).isEqualTo(before);
		assertThat(output.getOut()).contains(DemoDataRunner.PRESENT).contains(ALPINE.manager().email());
	}

	private HubClient signIn(String email) {
		return anonymous().login(email, PASSWORD);
	}

	/**
	 * Everything the supplier sees of the network, to compare before and after a reload.
	 */
	private static String snapshot(HubClient supplier) {
		return supplier.get("/api/v1/connections").body() + supplier.get("/api/v1/invites?status=PENDING").body()
				+ supplier.get("/api/v1/invites?status=DEACTIVATED").body() + supplier.get("/api/v1/users").body()
				+ supplier.get("/api/v1/suppliers").body();
	}

	private static Map<String, String> statusByCustomer(JsonNode connections) {
		// toMap refuses a second connection to the same customer.
		return elements(connections).collect(Collectors.toMap(connection -> connection.at("/customer/name").asText(),
				connection -> connection.at("/status").asText()));
	}

	private static JsonNode connection(JsonNode connections, String customer) {
		return elements(connections).filter(connection -> connection.at("/customer/name").asText().equals(customer))
			.findFirst()
			.orElseThrow();
	}

	private static String actions(HubClient client, JsonNode connection) {
		JsonNode history = client.get("/api/v1/connections/" + connection.at("/id").asText() + "/history").json();
		return elements(history).map(step -> step.get("action").asText()).collect(Collectors.joining(", "));
	}

	private static Stream<JsonNode> elements(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false);
	}

}
