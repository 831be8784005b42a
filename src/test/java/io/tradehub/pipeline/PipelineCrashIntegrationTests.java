package io.tradehub.pipeline;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.tradehub.TradehubApplication;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubSettings;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub is stopped in the middle of a burst of orders, with work in every stage, and
 * started again on the same data (H2 file, Artemis journal): every order reaches the
 * supplier's queue exactly once, and nothing is left between the stages. The hub runs in
 * contexts this test starts and stops itself, not in the test framework's cached ones.
 */
class PipelineCrashIntegrationTests {

	private static final int ORDERS = 300;

	private static final Pattern NUMBER = Pattern.compile("PO-CRASH-\\d+");

	private static final String IN = "crash.orders.in";

	private static final String OUT = "crash.orders.out";

	/**
	 * The hub's own database settings, on this test's folder: how they survive a crash is
	 * under test.
	 */
	private static final String DATABASE = configuredDatabase();

	private final Path root = TestFiles.temporaryDirectory("tradehub-crash");

	private final String buyerGln = Fixtures.gln();

	private final String sellerGln = Fixtures.gln();

	@Test
	void everyOrderOfABurstIsDeliveredExactlyOnceWhenTheHubIsStoppedBetweenStagesAndStartedAgain() throws IOException {
		// The burst waits on the buyer's queue first: sent while the hub reads, it would
		// flow through a stage at a time, leaving no moment with work in every stage.
		try (ConfigurableApplicationContext hub = start(false)) {
			trade(hub);
			JmsTemplate jms = hub.getBean(JmsTemplate.class);
			IntStream.rangeClosed(1, ORDERS).forEach((i) -> jms.convertAndSend(IN, orders(i)));
		}
		try (ConfigurableApplicationContext hub = start(true, "--tradehub.pipeline.read-consumers=1",
				"--tradehub.pipeline.route-consumers=1")) {
			awaitWorkInEveryStage(hub);
		}

		try (ConfigurableApplicationContext hub = start(true)) {
			assertEveryOrderDeliveredOnce(hub);
		}
	}

	/**
	 * The same burst in a hub of its own JVM, killed (SIGKILL) in the middle: what either
	 * store committed stays, what was under way is lost with the process.
	 */
	@Test
	void everyOrderOfABurstIsDeliveredExactlyOnceWhenTheHubIsKilledAndStartedAgain() throws Exception {
		TestCompany buyer;
		// the burst waits on the buyer's queue for a hub with the buyer's channel
		try (ConfigurableApplicationContext hub = start(false)) {
			buyer = trade(hub);
			JmsTemplate jms = hub.getBean(JmsTemplate.class);
			IntStream.rangeClosed(1, ORDERS).forEach((i) -> jms.convertAndSend(IN, orders(i)));
		}

		int port = freePort();
		Process process = new ProcessBuilder(hubCommand(port)).redirectErrorStream(true)
			.redirectOutput(this.root.resolve("killed-hub.log").toFile())
			.start();
		try {
			HubClient client = await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.until(() -> new HubClient(port).login(buyer.email(), buyer.password()), (login) -> true);
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(50))
				.untilAsserted(() -> assertThat(delivered(client)).isGreaterThanOrEqualTo(ORDERS / 10));
		}
		finally {
			process.destroyForcibly().waitFor();
		}

		try (ConfigurableApplicationContext hub = start(true, "--tradehub.pipeline.stalled-after=PT5S",
				"--tradehub.pipeline.sweep-interval=PT1S")) {
			assertEveryOrderDeliveredOnce(hub);
		}
	}

	private void assertEveryOrderDeliveredOnce(ConfigurableApplicationContext hub) {
		JdbcTemplate db = hub.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(120))
			.untilAsserted(() -> assertThat(count(db, "tracked_document", "DELIVERED"))
				.as("documents %s, receipts %s", statuses(db, "tracked_document"), statuses(db, "receipt"))
				.isEqualTo(ORDERS));

		List<String> delivered = drain(hub.getBean(JmsTemplate.class));
		Map<String, Long> copies = delivered.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(copies.keySet()).as("orders delivered").isEqualTo(expected());
		assertThat(copies).as("orders delivered more than once")
			.allSatisfy((number, times) -> assertThat(times).isOne());
		assertThat(statuses(db, "tracked_document")).isEqualTo(Map.of("DELIVERED", ORDERS));
		// A message the hub received again after a crash between committing its receipt
		// and acknowledging it to the queue finds that receipt by its message id: one
		// receipt per order, none refused as a duplicate interchange.
		assertThat(statuses(db, "receipt")).isEqualTo(Map.of("READ", ORDERS));
		assertThat(depth(hub, "tradehub.read")).isZero();
		assertThat(depth(hub, "tradehub.route")).isZero();
		assertThat(depth(hub, IN)).isZero();
	}

	/** How much work sat where when the hub stopped. */
	record Stages(int notReceived, int notRead, int notDelivered, int delivered) {
	}

	/**
	 * Waits until orders are still to be received, receipts to be read, documents to be
	 * delivered, and some are delivered already: the moment to stop the hub.
	 */
	private void awaitWorkInEveryStage(ConfigurableApplicationContext hub) {
		JdbcTemplate db = hub.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
			Map<String, Integer> receipts = statuses(db, "receipt");
			Map<String, Integer> documents = statuses(db, "tracked_document");
			int received = receipts.values().stream().mapToInt(Integer::intValue).sum();
			Stages now = new Stages(ORDERS - received, receipts.getOrDefault("RECEIVED", 0),
					documents.getOrDefault("ACCEPTED", 0) + documents.getOrDefault("ROUTED", 0),
					documents.getOrDefault("DELIVERED", 0));
			assertThat(now).as("receipts %s, documents %s", receipts, documents)
				.matches((stage) -> stage.notReceived() > 0 && stage.notRead() > 0 && stage.notDelivered() > 0
						&& stage.delivered() > 0);
		});
	}

	/**
	 * Arguments, not default properties: application.yml would win over those and put the
	 * hub's data under ./data.
	 */
	private ConfigurableApplicationContext start(boolean reading, String... more) throws IOException {
		List<String> arguments = new ArrayList<>(arguments(reading));
		arguments.add("--server.port=0");
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(TradehubApplication.class).run(arguments.toArray(String[]::new));
	}

	private List<String> arguments(boolean reading) throws IOException {
		return List.of("--spring.datasource.url=" + DATABASE.replace("./data/", this.root + "/"),
				"--spring.artemis.embedded.data-directory=" + this.root.resolve("artemis"),
				"--tradehub.routes=" + routes(reading), "--tradehub.mail.endpoint=file:" + this.root.resolve("mail"),
				"--spring.jmx.enabled=false", "--camel.main.jmx-enabled=false", "--spring.main.banner-mode=off");
	}

	private static String configuredDatabase() {
		String url = HubSettings.of("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/");
		return url;
	}

	/** The hub in a JVM of its own, on this test's classpath and data. */
	private List<String> hubCommand(int port) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), TradehubApplication.class.getName()));
		command.addAll(arguments(true));
		command.add("--server.port=" + port);
		return command;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long delivered(HubClient client) {
		return client.get("/api/v1/documents?status=DELIVERED&size=1").expect(200).json().get("total").asLong();
	}

	/** Without the buyer's channel the orders stay on its queue. */
	private Path routes(boolean reading) throws IOException {
		Path routes = this.root.resolve("routes");
		TestRoutes.write(routes, "crash-seller.jms-outbound", "jms-outbound", "crash-seller-out",
				"queue: " + OUT + "\n");
		if (reading) {
			TestRoutes.write(routes, "crash-buyer.jms-inbound", "jms-inbound", "crash-buyer-in",
					"partner: crash-buyer\nqueue: " + IN + "\nconcurrentConsumers: 2\n");
		}
		else {
			Files.deleteIfExists(routes.resolve("crash-buyer.jms-inbound.camel.yaml"));
		}
		return routes;
	}

	/**
	 * The buyer sends EANCOM from its ERP queue; the seller's ERP takes JSON from its.
	 */
	private TestCompany trade(ConfigurableApplicationContext hub) {
		Fixtures fixtures = Fixtures.of(hub);
		int port = Integer.parseInt(hub.getEnvironment().getProperty("local.server.port"));
		TestCompany seller = fixtures.company("Crash Seller", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", this.sellerGln)));
		TestCompany buyer = fixtures.company("Crash Buyer", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", this.buyerGln)));
		HubClient sellerClient = new HubClient(port).login(seller.email(), seller.password());
		HubClient buyerClient = new HubClient(port).login(buyer.email(), buyer.password());
		sellerClient
			.put("/api/v1/technical-profile",
					Map.of("key", "crash-seller", "format", "JSON", "outboundChannel", "crash-seller-out"))
			.expect(200);
		buyerClient
			.put("/api/v1/technical-profile",
					Map.of("key", "crash-buyer", "format", "EDIFACT_D96A", "inboundChannels",
							List.of(Map.of("routeId", "crash-buyer-in")), "acknowledgement", Map.of("level", "NONE")))
			.expect(200);
		buyerClient.connectActive(sellerClient, seller.id());
		return buyer;
	}

	/** Every order number on the seller's queue, once per message. */
	private static List<String> drain(JmsTemplate jms) {
		jms.setReceiveTimeout(2_000);
		List<String> numbers = new ArrayList<>();
		for (Object body = jms.receiveAndConvert(OUT); body != null; body = jms.receiveAndConvert(OUT)) {
			String json = new String((byte[]) body, StandardCharsets.UTF_8);
			Set<String> found = new TreeSet<>();
			Matcher matcher = NUMBER.matcher(json);
			while (matcher.find()) {
				found.add(matcher.group());
			}
			assertThat(found).as("order numbers in %s", json).hasSize(1);
			numbers.add(found.iterator().next());
		}
		return numbers;
	}

	private static Set<String> expected() {
		return IntStream.rangeClosed(1, ORDERS).mapToObj((i) -> "PO-CRASH-" + i).collect(Collectors.toSet());
	}

	/** Messages on the queue, scheduled ones included. */
	private static long depth(ConfigurableApplicationContext hub, String name) {
		Queue queue = hub.getBean(EmbeddedActiveMQ.class).getActiveMQServer().locateQueue(SimpleString.of(name));
		return (queue != null) ? queue.getMessageCount() : 0;
	}

	private static int count(JdbcTemplate db, String table, String status) {
		return db.queryForObject("select count(*) from " + table + " where status = ?", Integer.class, status);
	}

	private static Map<String, Integer> statuses(JdbcTemplate db, String table) {
		Map<String, Integer> statuses = new HashMap<>();
		db.query("select status, count(*) from " + table + " group by status",
				(RowCallbackHandler) (row) -> statuses.put(row.getString(1), row.getInt(2)));
		return statuses;
	}

	private byte[] orders(int i) {
		String reference = "CRASH" + i;
		return ("UNA:+.? '\nUNB+UNOC:3+" + this.buyerGln + ":14+" + this.sellerGln + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO-CRASH-" + i + "+9'\nDTM+137:20261123:102'\nNAD+BY+"
				+ this.buyerGln + "::9'\nNAD+SU+" + this.sellerGln + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\n"
				+ "UNS+S'\nCNT+2:1'\nUNT+10+1'\nUNZ+1+" + reference + "'\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

}
