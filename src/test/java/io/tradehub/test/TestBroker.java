package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import static org.awaitility.Awaitility.await;

/**
 * An Artemis broker in a JVM process of its own ({@link BrokerMain}), configured from the
 * production layout's {@code deploy/artemis/broker.xml} on a free port, with its journal
 * in a temporary folder and a user with a random password: a broker the hubs reach over
 * TCP as they reach the container's. One per test class; {@link #stop()} sends SIGTERM,
 * {@link #kill()} SIGKILL.
 */
public final class TestBroker implements AutoCloseable {

	/** The broker configuration the compose file mounts into its container. */
	public static final Path CONFIG = Path.of("deploy", "artemis", "broker.xml");

	private final Path root;

	private final int port;

	private final String password = UUID.randomUUID().toString();

	private Process process;

	private TestBroker(Path root, int port) {
		this.root = root;
		this.port = port;
	}

	/** Starts a broker and waits until its acceptor takes a login. */
	public static TestBroker start() {
		TestBroker broker = new TestBroker(TestFiles.temporaryDirectory("tradehub-broker"), TestProcesses.freePort());
		broker.launch();
		return broker;
	}

	public String url() {
		return "tcp://127.0.0.1:" + this.port;
	}

	public String user() {
		return "hub";
	}

	public String password() {
		return this.password;
	}

	/** A JMS connection factory on this broker, as the tests' producer and consumer. */
	public ConnectionFactory connectionFactory() {
		return new ActiveMQConnectionFactory(url(), user(), password());
	}

	/**
	 * Messages on the queue, scheduled and paged ones and those a consumer holds
	 * included; 0 for a queue the broker does not have (queues are removed when unused
	 * and empty).
	 */
	public long depth(String queue) {
		Object count = manage(queue, false,
				(request) -> ManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, "messageCount"));
		return (count != null) ? ((Number) count).longValue() : 0;
	}

	/** Holds the queue's messages back from its consumers until {@link #resume}. */
	public void pause(String queue) {
		manage(queue, true,
				(request) -> ManagementHelper.putOperationInvocation(request, ResourceNames.QUEUE + queue, "pause"));
	}

	public void resume(String queue) {
		manage(queue, true,
				(request) -> ManagementHelper.putOperationInvocation(request, ResourceNames.QUEUE + queue, "resume"));
	}

	/**
	 * Asks the broker's management address about the queue.
	 * @param known whether a queue the broker does not have is an error
	 * @return the answer, or null when the broker has no such queue
	 */
	private Object manage(String queue, boolean known, ManagementRequest request) {
		try (ServerLocator locator = ActiveMQClient.createServerLocator(url());
				ClientSessionFactory factory = locator.createSessionFactory();
				ClientSession session = factory.createSession(user(), password(), false, true, true, false, 1);
				ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
			session.start();
			ClientMessage message = session.createMessage(false);
			request.write(message);
			ClientMessage reply = requestor.request(message, 10_000);
			if (reply == null) {
				throw new IllegalStateException("The broker did not answer about " + queue);
			}
			if (ManagementHelper.hasOperationSucceeded(reply)) {
				return ManagementHelper.getResult(reply);
			}
			if (known) {
				throw new IllegalStateException("The broker refused: " + ManagementHelper.getResult(reply));
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not manage " + queue, ex);
		}
	}

	/** Writes a management request into a message. */
	private interface ManagementRequest {

		void write(ClientMessage message) throws Exception;

	}

	/** The CPU time the broker's process used so far. */
	public Duration cpu() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Stops the broker with SIGTERM and waits for it to exit. */
	public void stop() {
		this.process.destroy();
		waitForExit();
	}

	/** Kills the broker with SIGKILL. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/** Starts the broker again on the same port and journal. */
	public void restart() {
		launch();
	}

	/** Stops the broker and deletes its journal. */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			stop();
		}
		TestProcesses.delete(this.root.resolve("data"));
	}

	public Path log() {
		return this.root.resolve("broker.log");
	}

	private void launch() {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-Dtradehub.broker.port=" + this.port,
						"-Dtradehub.broker.data=" + this.root.resolve("data"), "-Dtradehub.broker.user=" + user(),
						"-Dtradehub.broker.password=" + this.password, "-cp", System.getProperty("java.class.path"),
						BrokerMain.class.getName(), CONFIG.toAbsolutePath().toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
		// as the container gets them: broker.xml reads the port and folder from there
		builder.environment()
			.putAll(Map.of("TRADEHUB_BROKER_PORT", String.valueOf(this.port), "TRADEHUB_BROKER_DATA",
					this.root.resolve("data").toString(), "TRADEHUB_BROKER_USER", user(), "TRADEHUB_BROKER_PASSWORD",
					this.password));
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this.process::destroyForcibly));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(this::answers);
	}

	private boolean answers() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("The broker exited:\n" + TestProcesses.tail(log()));
		}
		try (Connection connection = connectionFactory().createConnection()) {
			return true;
		}
		catch (JMSException ex) {
			return false;
		}
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The broker did not exit:\n" + TestProcesses.tail(log()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
