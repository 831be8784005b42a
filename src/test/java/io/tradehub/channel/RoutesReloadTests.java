package io.tradehub.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.tradehub.test.TestRoutes;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code tradehub.routes-reload} a channel file added or changed in the running hub
 * takes effect without a restart.
 */
class RoutesReloadTests extends ChannelIntegrationTest {

	@Autowired
	CamelContext camel;

	@Autowired
	ProducerTemplate producer;

	@Test
	void anAddedAndThenChangedChannelFileIsReloaded() {
		Path routes = ROOT.resolve("routes");
		Path first = ROOT.resolve("reload/first");
		Path second = ROOT.resolve("reload/second");
		TestRoutes.write(routes, "late.file-outbound", "file-outbound", "late-file-out", "folder: " + first + "\n");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.camel.getRoute("late-file-out") != null);
		deliver("one.edi");
		assertThat(first.resolve("one.edi")).exists();

		TestRoutes.write(routes, "late.file-outbound", "file-outbound", "late-file-out", "folder: " + second + "\n");
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
			deliver("two.edi");
			assertThat(second.resolve("two.edi")).exists();
		});
	}

	private void deliver(String name) {
		this.producer.sendBodyAndHeaders(Channels.outbound("late-file-out"), "x".getBytes(),
				Map.of(Channels.FILE_NAME, name));
	}

}
