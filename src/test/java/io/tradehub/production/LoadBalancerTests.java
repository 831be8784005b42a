package io.tradehub.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.tradehub.TradehubApplication;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestNginx;
import io.tradehub.test.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two hub instances on one PostgreSQL database behind the production load balancer (nginx
 * with {@code deploy/nginx/tradehub.conf.template}): requests reach both, and with one
 * instance gone they reach the other. The hubs are contexts of this JVM, each with its
 * own embedded broker; which broker carries the pipeline is no concern of the balancer.
 * The last test stops an instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancerTests {

	private static final String ORDERS = "UNA:+.? '\nUNB+UNOC:3+4000001000002:14+4000002000001:14+261123:1330+LB1'\n"
			+ "UNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO-LB-1+9'\nUNT+3+1'\nUNZ+1+LB1'\n";

	private final Path root = TestFiles.temporaryDirectory("tradehub-lb");

	private ConfigurableApplicationContext hub1;

	private ConfigurableApplicationContext hub2;

	private TestNginx nginx;

	private TestCompany partner;

	private String token;

	@BeforeAll
	void start() {
		TestNginx.requireNginx();
		String database = TestPostgres.newDatabaseUrl("lb");
		this.hub1 = startHub(database, "hub1");
		this.hub2 = startHub(database, "hub2");
		this.nginx = TestNginx.inFrontOf(port(this.hub1), port(this.hub2));
		this.partner = Fixtures.of(this.hub1).customer("Balanced Buyer");
		this.token = partnerToken();
	}

	/**
	 * What started: nothing when nginx is missing, whose test is then skipped, not
	 * failed.
	 */
	@AfterAll
	void stop() {
		if (this.nginx != null) {
			this.nginx.stop();
		}
		if (this.hub1 != null) {
			this.hub1.close();
		}
		if (this.hub2 != null) {
			this.hub2.close();
		}
	}

	@Test
	@Order(1)
	void requestsReachBothInstances() {
		HubClient client = new HubClient(this.nginx.port());
		for (int i = 0; i < 6; i++) {
			client.get("/actuator/health/readiness").expect(200);
		}
		logged(this.nginx, (upstreams) -> assertThat(upstreams).contains(address(this.hub1), address(this.hub2)));
	}

	@Test
	@Order(2)
	void redirectsAndLinksPointAtTheLoadBalancerNotAtAnInstance() {
		HttpResponse<String> response = browse(this.nginx.port(), "/portal");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValue("http://127.0.0.1:" + this.nginx.port() + "/login");
	}

	@Test
	@Order(3)
	void aUserSignedInOnOneInstanceIsSignedInOnEveryInstance() {
		HubClient user = signedIn();
		int before = this.nginx.upstreams().size();
		for (int i = 0; i < 6; i++) {
			user.get("/api/v1/company").expect(200);
		}
		logged(this.nginx,
				(upstreams) -> assertThat(upstreams.subList(before, upstreams.size())).hasSizeGreaterThanOrEqualTo(6)
					.contains(address(this.hub1), address(this.hub2)));
	}

	/**
	 * Two requests of one session on two instances at once, both adding the same
	 * attribute (a flash message, a saved request): neither may fail on the other's row.
	 */
	@Test
	@Order(4)
	void twoInstancesAddingTheSameSessionAttributeAtOnceBothSucceed() {
		SessionRepository<Session> one = sessions(this.hub1);
		SessionRepository<Session> two = sessions(this.hub2);
		Session created = one.createSession();
		one.save(created);
		Session onOne = one.findById(created.getId());
		Session onTwo = two.findById(created.getId());
		onOne.setAttribute("notice", "from one");
		onTwo.setAttribute("notice", "from two");
		one.save(onOne);
		two.save(onTwo);
		assertThat(one.findById(created.getId()).<String>getAttribute("notice")).isEqualTo("from two");
	}

	@Test
	@Order(5)
	void signingOutOnOneInstanceSignsOutOnEveryInstance() {
		HubClient user = signedIn();
		user.post("/logout").expect(302);
		user.get("/api/v1/company").expect(401);
		user.get("/api/v1/company").expect(401);
	}

	@Test
	@Order(6)
	void aPostWithAnIdempotencyKeyGoesToTheOtherInstanceWhenTheFirstDiesWithIt() {
		try (DyingInstance dying = new DyingInstance()) {
			TestNginx lb = TestNginx.inFrontOf(dying.port(), port(this.hub1));
			try {
				Response response = inbound(lb.port(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
				response.expect(202);
				assertThat(dying.requests()).as("requests the dying instance took").hasValue(1);
				logged(lb, (upstreams) -> assertThat(upstreams)
					.containsExactly("127.0.0.1:" + dying.port() + ", " + address(this.hub1)));
				new HubClient(port(this.hub1)).withToken(this.token).get(response.header("Location")).expect(200);
			}
			finally {
				lb.stop();
			}
		}
	}

	@Test
	@Order(7)
	void aPostWithoutAnIdempotencyKeyIsNeverSentTwice() {
		try (DyingInstance dying = new DyingInstance()) {
			TestNginx lb = TestNginx.inFrontOf(dying.port(), port(this.hub1));
			try {
				inbound(lb.port(), Map.of()).expect(502);
				assertThat(dying.requests()).hasValue(1);
				logged(lb, (upstreams) -> assertThat(upstreams).containsExactly("127.0.0.1:" + dying.port()));
			}
			finally {
				lb.stop();
			}
		}
	}

	@Test
	@Order(8)
	void withOneInstanceStoppedEveryRequestSucceedsThroughTheOtherAndNobodyIsSignedOut() {
		HubClient user = signedIn();
		this.hub2.close();
		for (int i = 0; i < 4; i++) {
			user.get("/api/v1/company").expect(200);
		}
		// a refused connection sent nothing, so even a POST without a key goes on
		inbound(this.nginx.port(), Map.of()).expect(202);
		inbound(this.nginx.port(), Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(202);
	}

	/**
	 * nginx logs a request once it has answered it, so a moment after the client got the
	 * answer.
	 */
	private static void logged(TestNginx nginx, Consumer<List<String>> assertion) {
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertion.accept(nginx.upstreams()));
	}

	/** A page as a browser asks for it, redirects not followed. */
	private static HttpResponse<String> browse(int port, String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Response inbound(int port, Map<String, String> headers) {
		Map<String, String> all = new HashMap<>(headers);
		all.put("X-File-Name", "orders.edi");
		return HubClient.system(port, this.token).post("/api/v1/inbound", ORDERS, all);
	}

	/** The partner's user, signed in through the load balancer. */
	private HubClient signedIn() {
		return new HubClient(this.nginx.port()).login(this.partner.email(), this.partner.password());
	}

	/** A partner with a technical profile and an API token, made on the first hub. */
	private String partnerToken() {
		TestCompany partner = this.partner;
		HubClient client = new HubClient(port(this.hub1)).login(partner.email(), partner.password());
		client
			.put("/api/v1/technical-profile", Map.of("key", "balanced-buyer-" + UUID.randomUUID(), "format",
					"EDIFACT_D96A", "acknowledgement", Map.of("level", "NONE")))
			.expect(200);
		return client.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");
	}

	/**
	 * Arguments, not default properties: application.yml would win over those. Forwarded
	 * headers as the production profile trusts them.
	 */
	private ConfigurableApplicationContext startHub(String database, String name) {
		Path home = this.root.resolve(name);
		return new SpringApplicationBuilder(TradehubApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=tradehub",
				"--spring.datasource.password=", "--spring.artemis.embedded.data-directory=" + home.resolve("artemis"),
				"--tradehub.routes=" + TestFiles.temporaryDirectory("tradehub-lb-routes"),
				"--tradehub.mail.endpoint=file:" + home.resolve("mail"), "--server.forward-headers-strategy=framework",
				"--camel.main.shutdown-timeout=3", "--spring.jmx.enabled=false", "--camel.main.jmx-enabled=false",
				"--spring.main.banner-mode=off");
	}

	@SuppressWarnings("unchecked")
	private static SessionRepository<Session> sessions(ConfigurableApplicationContext hub) {
		return hub.getBean(SessionRepository.class);
	}

	private static int port(ConfigurableApplicationContext hub) {
		return Integer.parseInt(hub.getEnvironment().getProperty("local.server.port"));
	}

	private static String address(ConfigurableApplicationContext hub) {
		return "127.0.0.1:" + port(hub);
	}

	/**
	 * An instance that dies in the middle of a request: it takes the connection, reads
	 * the request's head and closes without an answer, as a killed hub does.
	 */
	private static final class DyingInstance implements AutoCloseable {

		private final ServerSocket socket;

		private final AtomicInteger requests = new AtomicInteger();

		DyingInstance() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread accepting = new Thread(this::accept, "dying-instance");
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		AtomicInteger requests() {
			return this.requests;
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try (Socket connection = this.socket.accept()) {
					readHead(connection.getInputStream());
					this.requests.incrementAndGet();
				}
				catch (IOException ex) {
					// closed by the test
				}
			}
		}

		private static void readHead(InputStream in) throws IOException {
			int matched = 0;
			byte[] end = { '\r', '\n', '\r', '\n' };
			for (int b = in.read(); b != -1 && matched < end.length; b = in.read()) {
				matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
			}
		}

		@Override
		public void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}

	}

}
