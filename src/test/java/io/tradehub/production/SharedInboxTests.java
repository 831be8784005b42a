package io.tradehub.production;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.tradehub.test.TestFiles;
import io.tradehub.test.TestHub;
import io.tradehub.test.TestNginx;
import io.tradehub.test.TestRoutes;
import io.tradehub.test.TestSftp;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two hub instances on one PostgreSQL and one broker poll one SFTP inbox: a pile of files
 * dropped at once is received once per file, shared out between the instances. They are
 * reached through the load balancer and send mail through one mail server, each a process
 * apart from the hubs, as in the compose file.
 */
class SharedInboxTests {

	private static final int FILES = 2_000;

	private static final String OUT = "shared.seller.orders";

	private final ProductionLayout layout = new ProductionLayout();

	private final Path sftpRoot = TestFiles.temporaryDirectory("tradehub-shared-sftp");

	private final SshServer sftp = TestSftp.start(this.sftpRoot,
			this.sftpRoot.resolveSibling(this.sftpRoot.getFileName() + ".hostkey"), "buyer", "sftp-secret");

	@AfterEach
	void stop() throws Exception {
		this.layout.close();
		this.sftp.stop(true);
	}

	@Test
	void twoInstancesReceiveEachFileOfOneSftpInboxExactlyOnceAndShareTheWork() throws Exception {
		Trade trade = this.layout.seed((fixtures) -> new Trade("shared-buyer", "shared-seller").register(fixtures));
		TestRoutes.write(this.layout.routes(), "shared-buyer.sftp-inbound", "sftp-inbound", "shared-buyer-in",
				"partner: shared-buyer\nhost: 127.0.0.1\nport: " + this.sftp.getPort()
						+ "\nusername: buyer\npassword: sftp-secret\nstrictHostKeyChecking: \"no\"\n"
						+ "directory: in\ndelay: 500\n");
		TestRoutes.write(this.layout.routes(), "shared-seller.jms-outbound", "jms-outbound", "shared-seller-out",
				"queue: " + OUT + "\n");
		List<TestHub> hubs = Stream.of("shared-a", "shared-b")
			.map((name) -> CompletableFuture.supplyAsync(() -> this.layout.startHub(name, TestHub.Setup.SHORT_RUN)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		TestNginx nginx = this.layout.loadBalancer(hubs.get(0), hubs.get(1));
		trade.connect(hubs.get(0).port(), nginx.port(), "shared-buyer-in", "shared-seller-out");
		// whichever instance took the request, its mail reached the seller through the
		// mail server
		assertThat(this.layout.awaitMailTo(trade.sellerEmail()))
			.isEqualTo(trade.buyerName() + " asks to connect with you");

		Path inbox = this.sftpRoot.resolve("in");
		long dropped = System.nanoTime();
		IntStream.rangeClosed(1, FILES)
			.forEach((i) -> TestFiles.drop(inbox, "order-" + i + ".edi", trade.order("S" + i)));

		this.layout.assertEveryOrderDeliveredOnce(trade, OUT, "S", FILES, nginx.port());
		double seconds = (System.nanoTime() - dropped) / 1e9;
		System.out.printf("Shared SFTP inbox: %,d files delivered in %.1f s, %.0f files/s%n", FILES, seconds,
				FILES / seconds);
		// a file is moved once its exchange is over, which may be just after its order
		// was delivered
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			try (Stream<Path> left = Files.list(inbox)) {
				assertThat(left.map((file) -> file.getFileName().toString())).as("files left in the inbox")
					.containsExactly(".done");
			}
		});
		long byA = hubs.get(0).completed("tradehub-receive");
		long byB = hubs.get(1).completed("tradehub-receive");
		System.out.printf("Shared SFTP inbox: instance A received %d files, instance B %d%n", byA, byB);
		assertThat(byA).as("files instance A received").isPositive();
		assertThat(byB).as("files instance B received").isPositive();
		assertThat(nginx.upstreams()).as("requests the load balancer sent to each instance")
			.contains("127.0.0.1:" + hubs.get(0).port(), "127.0.0.1:" + hubs.get(1).port());
		// More than FILES when a file was taken again after its move failed (two hubs
		// creating .done at once); the receipts above show it was read once.
		assertThat(byA + byB).as("files received by both instances together").isGreaterThanOrEqualTo(FILES);
	}

}
