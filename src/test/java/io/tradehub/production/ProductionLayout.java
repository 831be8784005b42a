package io.tradehub.production;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.tradehub.TradehubApplication;
import io.tradehub.test.Fixtures;
import io.tradehub.test.TestBroker;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestHub;
import io.tradehub.test.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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

	private final List<TestHub> hubs = new ArrayList<>();

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
				"--tradehub.routes=" + this.root.resolve("no-routes"), "--server.port=0", "--spring.jmx.enabled=false",
				"--camel.main.jmx-enabled=false", "--spring.main.banner-mode=off" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TradehubApplication.class)
			.run(arguments)) {
			return seeding.apply(Fixtures.of(context));
		}
	}

	/** Starts one more hub instance on the shared database, broker and routes. */
	TestHub startHub(String name, List<String> jvm, String... arguments) {
		TestHub hub = TestHub.start(name, new TestHub.Setup(this.database, this.broker, routes(),
				this.root.resolve("mail"), jvm, List.of(arguments)));
		this.hubs.add(hub);
		return hub;
	}

	/** How many rows of the table are in each status. */
	Map<String, Integer> statuses(String table) {
		Map<String, Integer> statuses = new HashMap<>();
		this.db.query("select status, count(*) from " + table + " group by status",
				(RowCallbackHandler) (row) -> statuses.put(row.getString(1), row.getInt(2)));
		return statuses;
	}

	/** The end of every hub's log, for a failure's message. */
	String logs() {
		StringBuilder logs = new StringBuilder();
		this.hubs.forEach((hub) -> logs.append("\n--- ").append(hub.logTail()));
		return logs.toString();
	}

	@Override
	public void close() {
		this.hubs.forEach(TestHub::close);
		this.broker.close();
	}

}
