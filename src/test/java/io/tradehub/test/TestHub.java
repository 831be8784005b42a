package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradehub.TradehubApplication;

import static org.awaitility.Awaitility.await;

/**
 * A hub instance in a JVM process of its own, in the {@code production} profile: its
 * database and broker come from the {@code TRADEHUB_DB_*} and {@code TRADEHUB_BROKER_*}
 * environment variables, as in the compose file. It listens on a free port, reads its
 * channels from a routes folder the instances of a test share, and logs to
 * {@code target/hubs/<name>.log} ({@link #logTail()} for a failure's message).
 * {@link #kill()} sends SIGKILL, {@link #stop()} SIGTERM.
 */
public final class TestHub implements AutoCloseable {

	private static final Path LOGS = Path.of("target", "hubs");

	private final String name;

	private final Setup setup;

	private final int port = TestProcesses.freePort();

	private Process process;

	private TestHub(String name, Setup setup) {
		this.name = name;
		this.setup = setup;
	}

	/**
	 * What the instances of a test share, and what each gets on top.
	 *
	 * @param database the JDBC URL of a {@link TestPostgres} database
	 * @param routes the channel files' folder
	 * @param mail the hub's mail endpoint, such as {@code smtp://127.0.0.1:3025}
	 * @param jvm JVM options, for instance {@code -XX:TieredStopAtLevel=1} for short runs
	 * @param arguments more of the hub's settings, {@code --name=value}
	 */
	public record Setup(String database, TestBroker broker, Path routes, String mail, List<String> jvm,
			List<String> arguments) {

		/** A short run's JVM: little heap, and quick compilation over peak speed. */
		public static final List<String> SHORT_RUN = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	}

	/** Starts the hub and waits until it is ready. */
	public static TestHub start(String name, Setup setup) {
		TestHub hub = new TestHub(name, setup);
		try {
			// a restart appends to the log; a new hub of the same name starts one afresh
			Files.deleteIfExists(hub.log());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		hub.launch();
		return hub;
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	/** A client of this instance, not signed in. */
	public HubClient client() {
		return new HubClient(this.port);
	}

	/** Kills the hub with SIGKILL: whatever it had under way is lost with it. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit(Duration.ofSeconds(30));
	}

	/**
	 * Asks the hub to stop (SIGTERM) and waits for it to exit by itself.
	 * @return how long it took
	 */
	public Duration stop() {
		long start = System.nanoTime();
		this.process.destroy();
		waitForExit(Duration.ofSeconds(90));
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** The CPU time this instance's process used so far (since its last start). */
	public Duration cpu() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Starts the hub again on the same port, after {@link #kill()} or {@link #stop()}.
	 */
	public void restart() {
		launch();
	}

	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			waitForExit(Duration.ofSeconds(30));
		}
	}

	public Path log() {
		return LOGS.resolve(this.name + ".log");
	}

	/** The end of the hub's log, for a failure's message. */
	public String logTail() {
		return this.name + ":\n" + TestProcesses.tail(log());
	}

	/**
	 * How many exchanges the route with this id completed since the hub started, from its
	 * Prometheus metrics.
	 */
	public long completed(String routeId) {
		Pattern count = Pattern.compile("camel_route_policy_seconds_count\\{[^}]*routeId=\"" + Pattern.quote(routeId)
				+ "\"[^}]*\\} ([0-9.E]+)");
		Matcher matcher = count.matcher(get("/actuator/prometheus"));
		return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
	}

	private void launch() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.setup.jvm());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), TradehubApplication.class.getName(),
				"--spring.profiles.active=production", "--server.port=" + this.port,
				"--tradehub.routes=" + this.setup.routes().toAbsolutePath(),
				"--tradehub.mail.endpoint=" + this.setup.mail(), "--tradehub.public-url=http://127.0.0.1:" + this.port,
				"--spring.jmx.enabled=false", "--camel.main.jmx-enabled=false", "--spring.main.banner-mode=off"));
		command.addAll(this.setup.arguments());
		try {
			Files.createDirectories(LOGS);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
			builder.environment().putAll(environment(this.setup));
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this.process::destroyForcibly));
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(this::ready);
	}

	/** The production profile's settings, as the compose file gives them. */
	static Map<String, String> environment(Setup setup) {
		return Map.of("TRADEHUB_DB_URL", setup.database(), "TRADEHUB_DB_USER", TestPostgres.shared().user(),
				"TRADEHUB_DB_PASSWORD", "", "TRADEHUB_BROKER_URL", setup.broker().url(), "TRADEHUB_BROKER_USER",
				setup.broker().user(), "TRADEHUB_BROKER_PASSWORD", setup.broker().password());
	}

	private boolean ready() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("The hub exited at start-up: " + logTail());
		}
		try {
			return get("/actuator/health/readiness").contains("\"UP\"");
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private String get(String path) {
		return client().get(path).body();
	}

	private void waitForExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The hub did not exit within " + timeout + ": " + logTail());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
