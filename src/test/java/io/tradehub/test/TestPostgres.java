package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real PostgreSQL server from Debian's packages ({@code postgresql}), started by the
 * tests themselves: a fresh cluster in a temporary directory, on a free local port, one
 * per test JVM, stopped with it. Each caller gets a database of its own. Durability stays
 * on (fsync), as in production: crash tests rely on it. initdb refuses to run as root, so
 * as root the server runs as the packages' {@code postgres} user. Without the packages
 * the tests that need it are skipped with a note, except in CI (the {@code CI} variable
 * set), where they fail the build; {@code .ci/run} installs them.
 */
public final class TestPostgres {

	private static final String USER = "tradehub";

	private static TestPostgres shared;

	private final Path bin;

	private final Path root;

	private final int port;

	private final AtomicInteger databases = new AtomicInteger();

	private TestPostgres(Path bin, Path root, int port) {
		this.bin = bin;
		this.root = root;
		this.port = port;
	}

	/**
	 * The server of this JVM, started on first use; skips (or fails in CI) without one.
	 */
	public static synchronized TestPostgres shared() {
		if (shared == null) {
			Path bin = binaries().orElse(null);
			if (bin == null) {
				String missing = "No PostgreSQL server: Debian's postgresql package is needed (initdb and pg_ctl under "
						+ "/usr/lib/postgresql/<version>/bin, or TRADEHUB_PG_BIN); see the README.";
				if (System.getenv("CI") != null) {
					fail(missing);
				}
				LoggerFactory.getLogger(TestPostgres.class).warn("Skipping a PostgreSQL test. {}", missing);
				Assumptions.abort(missing);
			}
			shared = start(bin);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-postgres-stop"));
		}
		return shared;
	}

	/** A new, empty database on the shared server. */
	public static String newDatabaseUrl(String prefix) {
		return shared().createDatabase(prefix);
	}

	public int port() {
		return this.port;
	}

	public String user() {
		return USER;
	}

	/** The server's main process, the one its others are started from. */
	public long serverPid() {
		try {
			return Long
				.parseLong(Files.readAllLines(this.root.resolve("data").resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JDBC URL of a database of this server. */
	public String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database + "?user=" + USER;
	}

	/** Creates a database of its own for the caller. */
	public String createDatabase(String prefix) {
		String name = (prefix.replaceAll("[^A-Za-z0-9]", "_") + "_" + this.databases.incrementAndGet() + "_"
				+ Long.toString(System.nanoTime(), 36))
			.toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(url("postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name + " on " + url("postgres"), ex);
		}
		return url(name);
	}

	private static TestPostgres start(Path bin) {
		try {
			Path root = Files.createTempDirectory("tradehub-postgres");
			if (isRoot()) {
				UserPrincipal postgres = root.getFileSystem()
					.getUserPrincipalLookupService()
					.lookupPrincipalByName("postgres");
				Files.setOwner(root, postgres);
			}
			TestPostgres server = new TestPostgres(bin, root, TestProcesses.freePort());
			server.run("initdb", "-D", server.data(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "-N");
			server.run("pg_ctl", "-D", server.data(), "-l", root.resolve("server.log").toString(), "-w", "-t", "60",
					"-o", "-p " + server.port + " -k " + root + " -c listen_addresses=127.0.0.1 -c max_connections=300",
					"start");
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void stop() {
		try {
			run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
		}
		finally {
			TestProcesses.delete(this.root);
		}
	}

	private String data() {
		return this.root.resolve("data").toString();
	}

	/**
	 * Runs one of the server's programs, as {@code postgres} when the tests run as root.
	 */
	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The newest installed server version's programs. */
	private static Optional<Path> binaries() {
		String configured = System.getenv("TRADEHUB_PG_BIN");
		if (configured != null) {
			return Optional.of(Path.of(configured)).filter(TestPostgres::hasServer);
		}
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			return Optional.empty();
		}
		try (Stream<Path> each = Files.list(versions)) {
			return each.map((version) -> version.resolve("bin"))
				.filter(TestPostgres::hasServer)
				.max(Comparator.comparing((Path path) -> versionOf(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int versionOf(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean hasServer(Path bin) {
		return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
				&& Files.isExecutable(bin.resolve("postgres"));
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
