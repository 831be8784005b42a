package io.tradehub.production;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tradehub.TradehubApplication;
import io.tradehub.test.Fixtures;
import io.tradehub.test.TestBroker;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestHub;
import io.tradehub.test.TestNginx;
import io.tradehub.test.TestPostgres;
import jakarta.jms.JMSException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production layout of one test class, each part in a process of its own: a
 * PostgreSQL database, an Artemis broker and any number of hub instances sharing them and
 * one routes folder. Closing it stops every hub and the broker; a failing test prints the
 * end of each hub's log.
 */
final class ProductionLayout implements AutoCloseable {

	private final Path root = TestFiles.temporaryDirectory("tradehub-production");

	private final String database = TestPostgres.newDatabaseUrl("production");

	private final TestBroker broker = TestBroker.start();

	/** The mail server the instances send through, as the compose file's {@code mail}. */
	private final GreenMail mail = startMailServer();

	private final List<TestHub> hubs = new ArrayList<>();

	private TestNginx nginx;

	private final JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(this.database));

	TestBroker broker() {
		return this.broker;
	}

	Path routes() {
		return this.root.resolve("routes");
	}

	JdbcTemplate db() {
		return this.db;
	}

	/**
	 * Migrates the database and makes the companies a test needs, through the hub's own
	 * services in a context of this JVM without the pipeline, closed once they are made.
	 */
	<T> T seed(Function<Fixtures, T> seeding) {
		String[] arguments = { "--spring.profiles.active=production", "--spring.datasource.url=" + this.database,
				"--spring.datasource.username=" + TestPostgres.shared().user(), "--spring.datasource.password=",
				"--spring.artemis.broker-url=" + this.broker.url(), "--spring.artemis.user=" + this.broker.user(),
				"--spring.artemis.password=" + this.broker.password(), "--tradehub.pipeline.enabled=false",
				"--tradehub.routes=" + this.root.resolve("no-routes"), "--tradehub.public-url=http://hub.test",
				"--tradehub.mail.endpoint=smtp://127.0.0.1:" + this.mail.getSmtp().getPort(), "--server.port=0",
				"--spring.jmx.enabled=false", "--camel.main.jmx-enabled=false", "--spring.main.banner-mode=off" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TradehubApplication.class)
			.run(arguments)) {
			return seeding.apply(Fixtures.of(context));
		}
	}

	/** Starts one more hub instance on the shared database, broker and routes. */
	TestHub startHub(String name, List<String> jvm, String... arguments) {
		TestHub hub = TestHub.start(name, new TestHub.Setup(this.database, this.broker, routes(),
				"smtp://127.0.0.1:" + this.mail.getSmtp().getPort(), jvm, List.of(arguments)));
		this.hubs.add(hub);
		return hub;
	}

	/**
	 * Waits for a mail that one of the instances sent to the address, and answers its
	 * subject.
	 */
	String awaitMailTo(String address) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> subjectOfMailTo(address), Objects::nonNull);
	}

	private String subjectOfMailTo(String address) throws MessagingException {
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to).anyMatch((each) -> each.toString().equalsIgnoreCase(address))) {
				return message.getSubject();
			}
		}
		return null;
	}

	private static GreenMail startMailServer() {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] { ServerSetupTest.SMTP }));
		mail.start();
		return mail;
	}

	/** How many receipts of the partner's channels are in each status. */
	Map<String, Integer> receipts(String partnerKey) {
		return statuses("receipt where partner_key = ?", partnerKey);
	}

	/** How many documents the company sent are in each status. */
	Map<String, Integer> documents(UUID sender) {
		return statuses("tracked_document where sender_company_id = ?", sender);
	}

	private Map<String, Integer> statuses(String rows, Object value) {
		Map<String, Integer> statuses = new HashMap<>();
		this.db.query("select status, count(*) from " + rows + " group by status",
				(RowCallbackHandler) (row) -> statuses.put(row.getString(1), row.getInt(2)), value);
		return statuses;
	}

	/**
	 * The compose file's load balancer in front of two instances: the tests' HTTP calls
	 * go through it.
	 */
	TestNginx loadBalancer(TestHub first, TestHub second) {
		this.nginx = TestNginx.inFrontOf(first.port(), second.port());
		return this.nginx;
	}

	/**
	 * Waits until every order of the burst is DELIVERED, then checks that each was
	 * received once, reached the seller's queue once, and that the buyer's users see them
	 * all delivered.
	 * @param port where the buyer's users reach the hub
	 */
	void assertEveryOrderDeliveredOnce(Trade trade, String queue, String prefix, int count, int port)
			throws JMSException {
		await().atMost(Duration.ofMinutes(6))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(documents(trade.buyerId()))
				.as("documents; receipts %s%s", receipts(trade.buyerKey()), logs())
				.isEqualTo(Map.of("DELIVERED", count)));
		assertThat(receipts(trade.buyerKey())).as("one receipt per order, none refused as a duplicate")
			.isEqualTo(Map.of("READ", count));
		List<String> delivered = Trade.drain(this.broker.connectionFactory(), queue, 2_000);
		assertThat(delivered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
			.as("orders delivered, each once")
			.hasSize(count)
			.allSatisfy((reference, copies) -> assertThat(copies).as(reference).isOne())
			.containsOnlyKeys(IntStream.rangeClosed(1, count).mapToObj((i) -> prefix + i).collect(Collectors.toSet()));
		assertThat(trade.buyerClient(port)
			.get("/api/v1/documents?status=DELIVERED&size=1")
			.expect(200)
			.json()
			.get("total")
			.asInt()).as("the buyer's delivered documents").isEqualTo(count);
	}

	/** The end of every hub's log, for a failure's message. */
	String logs() {
		StringBuilder logs = new StringBuilder();
		this.hubs.forEach((hub) -> logs.append("\n--- ").append(hub.logTail()));
		return logs.toString();
	}

	@Override
	public void close() {
		if (this.nginx != null) {
			this.nginx.stop();
		}
		this.hubs.forEach(TestHub::close);
		this.broker.close();
		this.mail.stop();
	}

}
