package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.tradehub.channel.Channels;
import io.tradehub.test.Fixtures;
import jakarta.jms.Message;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery to an ERP's queue commits with the route stage's own queue message. When the
 * hub stops after recording the document delivered and before the broker commits, the
 * delivery rolls back with that message; the broker hands the message again and the order
 * reaches the ERP once, neither lost nor doubled.
 */
class JmsDeliveryRollbackTests extends PipelineEndToEndTest {

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SELLER_GLN = Fixtures.gln();

	@Autowired
	CamelContext camel;

	@Test
	void aDeliveryRolledBackAfterItWasRecordedReachesTheErpOnce() throws Exception {
		trade("Rollback Buyer", BUYER_GLN,
				profile("bench-buyer", "EDIFACT_D96A", List.of(Map.of("routeId", "bench-buyer-in")), "bench-buyer-in",
						"NONE"),
				"Rollback Seller", SELLER_GLN, profile("bench-seller", "JSON", List.of(), "bench-seller-out", "NONE"));
		AtomicInteger stops = new AtomicInteger();
		AdviceWith.adviceWith(this.camel, "tradehub-route",
				(route) -> route.weaveById(PipelineRoutes.RECORD_DELIVERED).after().process((exchange) -> {
					String name = exchange.getMessage().getHeader(Channels.FILE_NAME, "", String.class);
					if (name.contains("PO-ROLLBACK") && stops.getAndIncrement() == 0) {
						throw new IllegalStateException("The hub stops before the broker commits");
					}
				}));

		this.jms.convertAndSend("bench.orders.in", orders().getBytes(StandardCharsets.ISO_8859_1));

		this.jms.setReceiveTimeout(WAIT.toMillis());
		Message delivered = this.jms.receive("bench.orders.out");
		assertThat(delivered).as("the order on the ERP's queue").isNotNull();
		assertThat(delivered.getStringProperty("fileName")).isEqualTo("order-PO-ROLLBACK.json");
		assertThat(stops).as("the route stage stopped once after recording, and ran again").hasValue(2);
		this.jms.setReceiveTimeout(2_000);
		assertThat(this.jms.receive("bench.orders.out")).as("a second copy").isNull();
	}

	private static String orders() {
		return "UNA:+.? '\nUNB+UNOC:3+" + BUYER_GLN + ":14+" + SELLER_GLN + ":14+261123:1330+RB1'\n"
				+ "UNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO-ROLLBACK+9'\nDTM+137:20261123:102'\nNAD+BY+" + BUYER_GLN
				+ "::9'\nNAD+SU+" + SELLER_GLN + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\nCNT+2:1'\n"
				+ "UNT+10+1'\nUNZ+1+RB1'\n";
	}

}
