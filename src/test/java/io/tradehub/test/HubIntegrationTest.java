package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole hub on a random port, sending real mail to an
 * embedded GreenMail server and reading bounces from it over IMAP. All subclasses share
 * one application context and one mail server; each test uses addresses of its own, so
 * tests never read each other's mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HubIntegrationTest.TestClock.class)
public abstract class HubIntegrationTest {

	protected static final GreenMail MAIL = startMailServer();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected Fixtures fixtures;

	/** This context's bounce mailbox on the test mail server. */
	@Value("${test.bounce-mailbox}")
	protected String bounces;

	private static GreenMail startMailServer() {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	@DynamicPropertySource
	static void hubProperties(DynamicPropertyRegistry registry) {
		// Values are fixed here, once per context: a supplier that drew a new one on
		// every lookup could hand two
		// beans two different databases.
		String database = "jdbc:h2:mem:hub-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=100";
		// Two embedded brokers on one journal hang; every context gets a directory of its
		// own.
		String artemis = temporaryDirectory();
		// Each context reads (and deletes) its own bounces; a shared mailbox would let
		// one context eat another's.
		String bounces = "bounces-" + UUID.randomUUID().toString().substring(0, 8) + "@hub.test";
		MAIL.setUser(bounces, bounces, "bounce-secret");
		// A test may bring its own database as test.database (the pipeline benchmark's is
		// on disk): Spring calls a subclass's property source methods before this one, so
		// the subclass cannot override this property itself.
		registry.add("spring.datasource.url", () -> "${test.database:" + database + "}");
		registry.add("spring.artemis.embedded.data-directory", () -> artemis);
		registry.add("tradehub.public-url", () -> "http://hub.test");
		registry.add("tradehub.mail.endpoint",
				() -> "smtp://127.0.0.1:" + MAIL.getSmtp().getPort() + "?connectionTimeout=5000");
		registry.add("test.bounce-mailbox", () -> bounces);
		// Cached contexts close one after another when the test JVM exits; a route
		// still polling must not hold each for Camel's default 45 seconds.
		registry.add("camel.main.shutdown-timeout", () -> "3");
		registry.add("tradehub.mail.bounce-endpoint", () -> "imap://127.0.0.1:" + MAIL.getImap().getPort()
				+ "?username=" + bounces + "&password=bounce-secret&delete=true&initialDelay=100&delay=250");
	}

	private static String temporaryDirectory() {
		try {
			return Files.createTempDirectory("tradehub-artemis").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	protected HubClient anonymous() {
		return new HubClient(this.port);
	}

	protected Mailbox mailbox(String address) {
		return new Mailbox(MAIL, address);
	}

	/**
	 * A unique address, so a test reads only its own mail.
	 */
	protected static String address(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

		@Bean
		Fixtures fixtures(io.tradehub.partner.company.CompanyService companies,
				io.tradehub.partner.user.UserService users,
				org.springframework.transaction.support.TransactionTemplate transactions) {
			return new Fixtures(companies, users, transactions);
		}

	}

}
