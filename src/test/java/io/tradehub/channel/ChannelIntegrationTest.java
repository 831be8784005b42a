package io.tradehub.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import io.tradehub.test.TestSftp;
import org.apache.camel.builder.RouteBuilder;
import org.apache.sshd.server.SshServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the channel tests: the whole hub with channel files written into a temporary
 * {@code routes/} folder before it starts, real servers for every channel (an SFTP server
 * on MINA SSHD, GreenMail for SMTP and IMAP, the hub's embedded Artemis, a JDK HTTP
 * server, temporary folders), and {@link ReceivedFiles} in place of the pipeline. All
 * channel test classes share this one context.
 */
@Import(ChannelIntegrationTest.Receiver.class)
abstract class ChannelIntegrationTest extends HubIntegrationTest {

	static final Path ROOT = TestFiles.temporaryDirectory("tradehub-channels");

	static final String SFTP_USER = "partner";

	static final String SFTP_PASSWORD = "sftp-secret";

	static final String WEBHOOK_SECRET = "webhook-secret";

	static final String IMAP_USER = "partner-in@hub.test";

	static final String SMTP_RECIPIENT = "partner-out@hub.test";

	static final SshServer SFTP = startSftpServer();

	static final List<Webhook> WEBHOOKS = new CopyOnWriteArrayList<>();

	static final HttpServer HTTP = startHttpServer();

	@Autowired
	ReceivedFiles received;

	@DynamicPropertySource
	static void channelProperties(DynamicPropertyRegistry registry) {
		Path routes = writeRoutes();
		registry.add("tradehub.routes", routes::toString);
		registry.add("tradehub.routes-reload", () -> "true");
		// These tests stand in for the pipeline at its receive endpoint, to fail on cue.
		registry.add("tradehub.pipeline.enabled", () -> "false");
	}

	static Path inbox(String name) {
		return ROOT.resolve("inbox").resolve(name);
	}

	static Path sftpRoot() {
		return ROOT.resolve("sftp");
	}

	private static Path writeRoutes() {
		Path routes = ROOT.resolve("routes");
		MAIL.setUser(IMAP_USER, IMAP_USER, "imap-secret");
		String sftp = "host: 127.0.0.1\nport: " + SFTP.getPort() + "\nusername: " + SFTP_USER
				+ "\npassword: \"{{env:TRADEHUB_TEST_SFTP_PASSWORD:" + SFTP_PASSWORD + "}}\"\n"
				+ "strictHostKeyChecking: \"no\"\n";
		TestRoutes.write(routes, "test.file-inbound", "file-inbound", "test-file-in",
				"partner: test\nfolder: " + inbox("test") + "\ndelay: 100\n");
		TestRoutes.write(routes, "blocked.file-inbound", "file-inbound", "blocked-file-in",
				"partner: blocked\nfolder: " + inbox("blocked") + "\ndelay: 100\n");
		TestRoutes.write(routes, "shared-a.file-inbound", "file-inbound", "shared-a-in",
				"partner: shared\nfolder: " + inbox("shared") + "\ndelay: 50\n");
		// Two hubs on one inbox; one Camel context refuses two consumers of the very same
		// URI, so the second polls at another pace.
		TestRoutes.write(routes, "shared-b.file-inbound", "file-inbound", "shared-b-in",
				"partner: shared\nfolder: " + inbox("shared") + "\ndelay: 60\n");
		TestRoutes.write(routes, "test.sftp-inbound", "sftp-inbound", "test-sftp-in",
				sftp + "partner: test\ndirectory: in\ndelay: 200\n");
		TestRoutes.write(routes, "test.imap-inbound", "imap-inbound", "test-imap-in",
				"partner: test\nprotocol: imap\nhost: 127.0.0.1\nport: " + MAIL.getImap().getPort() + "\nusername: "
						+ IMAP_USER + "\npassword: \"{{env:TRADEHUB_TEST_IMAP_PASSWORD:imap-secret}}\"\ndelay: 200\n");
		TestRoutes.write(routes, "test.jms-inbound", "jms-inbound", "test-jms-in",
				"partner: test\nqueue: test.erp.in\n");
		TestRoutes.write(routes, "test.file-outbound", "file-outbound", "test-file-out",
				"folder: " + ROOT.resolve("outbox") + "\n");
		TestRoutes.write(routes, "test.sftp-outbound", "sftp-outbound", "test-sftp-out", sftp + "directory: out\n");
		TestRoutes.write(routes, "test.smtp-outbound", "smtp-outbound", "test-smtp-out",
				"protocol: smtp\nhost: 127.0.0.1\nport: " + MAIL.getSmtp().getPort() + "\nto: " + SMTP_RECIPIENT
						+ "\nsubject: \"Orders for you\"\n");
		TestRoutes.write(routes, "test.jms-outbound", "jms-outbound", "test-jms-out", "queue: test.erp.out\n");
		String hook = "http://127.0.0.1:" + HTTP.getAddress().getPort();
		TestRoutes.write(routes, "test.http-outbound", "http-outbound", "test-http-out",
				"url: " + hook + "/hook\nsecret: \"{{env:TRADEHUB_TEST_WEBHOOK_SECRET:" + WEBHOOK_SECRET + "}}\"\n");
		TestRoutes.write(routes, "refusing.http-outbound", "http-outbound", "refusing-http-out",
				"url: " + hook + "/refuse\nsecret: s\n");
		return routes;
	}

	/** Drops a file the way a partner should: written aside, then renamed into place. */
	static Path drop(Path folder, String name, String content) {
		try {
			Files.createDirectories(folder);
			Path aside = Files.writeString(folder.resolve("." + name + ".writing"), content);
			return Files.move(aside, folder.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SshServer startSftpServer() {
		return TestSftp.start(sftpRoot(), ROOT.resolve("hostkey.ser"), SFTP_USER, SFTP_PASSWORD);
	}

	private static HttpServer startHttpServer() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hook", exchange -> {
				WEBHOOKS.add(new Webhook(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()),
						exchange.getRequestBody().readAllBytes()));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.createContext("/refuse", exchange -> {
				exchange.getRequestBody().readAllBytes();
				byte[] answer = "no such partner".getBytes();
				exchange.sendResponseHeaders(500, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A request the HTTP receiver got. */
	record Webhook(String method, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Receiver {

		@Bean
		ReceivedFiles receivedFiles() {
			return new ReceivedFiles();
		}

		@Bean
		RouteBuilder testPipeline(ReceivedFiles received) {
			return new RouteBuilder() {
				@Override
				public void configure() {
					from(Channels.RECEIVE).routeId("test-pipeline").process(received);
				}
			};
		}

	}

}
