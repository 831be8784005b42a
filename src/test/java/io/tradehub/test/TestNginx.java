package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The production load balancer in the tests: Debian's nginx ({@code nginx} package) in a
 * process of its own, serving the template the compose file mounts into the official
 * nginx image ({@code deploy/nginx/tradehub.conf.template}), rendered as that image
 * renders it, in front of the hubs a test started. Everything nginx writes (logs, pid,
 * buffered bodies) stays in a temporary directory; the process is stopped by
 * {@link #stop()} or with the JVM. Without nginx the tests that need it are skipped with
 * a note, except in CI (the {@code CI} variable set), where they fail; {@code .ci/run}
 * installs it.
 */
public final class TestNginx {

	/** The template the compose file's load balancer uses, from the project's root. */
	public static final Path TEMPLATE = Path.of("deploy/nginx/tradehub.conf.template");

	private static final Path NGINX = Path.of(System.getenv().getOrDefault("TRADEHUB_NGINX", "/usr/sbin/nginx"));

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

	private final Path root;

	private final int port;

	private final Process process;

	private TestNginx(Path root, int port, Process process) {
		this.root = root;
		this.port = port;
		this.process = process;
	}

	/**
	 * nginx balancing between two hubs on this machine, listening on a free port.
	 */
	public static TestNginx inFrontOf(int hub1, int hub2) {
		int port = TestProcesses.freePort();
		return start(Map.of("TRADEHUB_HUB1", "127.0.0.1:" + hub1, "TRADEHUB_HUB2", "127.0.0.1:" + hub2,
				"TRADEHUB_LB_LISTEN", "127.0.0.1:" + port), port);
	}

	/**
	 * Renders the template with these values and starts nginx on it.
	 * @param port where the rendered {@code listen} makes it listen
	 */
	public static TestNginx start(Map<String, String> variables, int port) {
		requireNginx();
		Path root = TestFiles.temporaryDirectory("tradehub-nginx");
		try {
			Files.createDirectories(root.resolve("logs"));
			Files.writeString(root.resolve("tradehub.conf"), render(Files.readString(TEMPLATE), variables));
			Files.writeString(root.resolve("nginx.conf"), mainConfiguration(root));
			List<String> command = List.of(NGINX.toString(), "-p", root + "/", "-c",
					root.resolve("nginx.conf").toString(), "-e", root.resolve("logs/error.log").toString(), "-g",
					"daemon off; pid " + root.resolve("nginx.pid") + ";");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(root.resolve("logs/nginx.out").toFile())
				.start();
			TestNginx nginx = new TestNginx(root, port, process);
			Runtime.getRuntime().addShutdownHook(new Thread(nginx::stop, "test-nginx-stop"));
			nginx.awaitListening();
			return nginx;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The template with every {@code ${NAME}} replaced, as the image's envsubst does; a
	 * name without a value fails, where the image would leave the text for nginx to trip
	 * over.
	 */
	public static String render(String template, Map<String, String> variables) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String value = variables.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for ${" + matcher.group(1) + "} in " + TEMPLATE);
			}
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(rendered).toString();
	}

	/** The names the template uses, as {@code ${NAME}}. */
	public static List<String> variables(String template) {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	public int port() {
		return this.port;
	}

	/**
	 * The upstream address of each request so far (two for a request that went to the
	 * other instance as well), in the order nginx logged them.
	 */
	public List<String> upstreams() {
		try {
			Path log = this.root.resolve("logs/access.log");
			return Files.exists(log) ? Files.readAllLines(log) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops nginx at once; in-flight requests are cut. */
	public void stop() {
		this.process.destroy();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process.destroyForcibly();
	}

	/**
	 * What the official image's own nginx.conf gives the rendered file: the http block
	 * around it. The access log keeps only where each request went, for the tests to
	 * read. As root the workers would drop to an unprivileged user that cannot write this
	 * temporary directory, so they stay root here.
	 */
	private static String mainConfiguration(Path root) {
		String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
		return user + """
				worker_processes 1;
				events {
				    worker_connections 256;
				}
				http {
				    log_format upstreams '$upstream_addr';
				    access_log logs/access.log upstreams;
				    client_body_temp_path client_body;
				    proxy_temp_path proxy;
				    fastcgi_temp_path fastcgi;
				    uwsgi_temp_path uwsgi;
				    scgi_temp_path scgi;
				    include %s;
				}
				""".formatted(root.resolve("tradehub.conf"));
	}

	private void awaitListening() {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			if (!this.process.isAlive()) {
				fail("nginx did not start: " + Files.readString(this.root.resolve("logs/nginx.out"))
						+ Files.readString(this.root.resolve("logs/error.log")));
			}
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/**
	 * Skips the test (fails it in CI) without nginx; for a test to call before it starts
	 * what nginx would stand in front of.
	 */
	public static void requireNginx() {
		if (Files.isExecutable(NGINX)) {
			return;
		}
		String missing = "No nginx: Debian's nginx package is needed (" + NGINX
				+ ", or TRADEHUB_NGINX); see the README.";
		if (System.getenv("CI") != null) {
			fail(missing);
		}
		LoggerFactory.getLogger(TestNginx.class).warn("Skipping a load balancer test. {}", missing);
		Assumptions.abort(missing);
	}

}
