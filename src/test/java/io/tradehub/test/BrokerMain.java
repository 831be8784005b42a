package io.tradehub.test;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * The main class of {@link TestBroker}'s process: an Artemis broker configured from
 * {@code deploy/artemis/broker.xml}, with one user of the role {@code amq} given by the
 * environment variables {@code TRADEHUB_BROKER_USER} and
 * {@code TRADEHUB_BROKER_PASSWORD}, the hub's names (the container's broker has the same
 * role from its image's user). Stops cleanly on SIGTERM.
 */
public final class BrokerMain {

	/** The role broker.xml grants every permission. */
	static final String ROLE = "amq";

	private BrokerMain() {
	}

	public static void main(String[] args) throws Exception {
		Path config = Path.of(args[0]).toAbsolutePath();
		String user = System.getenv("TRADEHUB_BROKER_USER");
		String password = System.getenv("TRADEHUB_BROKER_PASSWORD");
		EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfigResourcePath(config.toUri().toString())
			.setSecurityManager(new OneUser(user, password));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				broker.stop();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
			stopped.countDown();
		}, "broker-stop"));
		broker.start();
		System.out.println("Broker started");
		stopped.await();
	}

	/** One user and password, of the role {@link #ROLE}. */
	private record OneUser(String user, String password) implements ActiveMQSecurityManager {

		@Override
		public boolean validateUser(String user, String password) {
			return this.user.equals(user) && this.password.equals(password);
		}

		@Override
		public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
			return validateUser(user, password)
					&& roles.stream().anyMatch((role) -> ROLE.equals(role.getName()) && checkType.hasRole(role));
		}

	}

}
