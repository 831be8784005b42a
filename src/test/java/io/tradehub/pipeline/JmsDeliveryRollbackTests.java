package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tradehub.channel.Channels;
import io.tradehub.test.Fixtures;
import io.tradehub.tracking.Documents;
import jakarta.jms.Message;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delivery to an ERP's queue commits with the route stage's own queue message. When the
 * hub stops after recording the document delivered and before the broker commits, the
 * delivery rolls back with that message; the broker hands the message again and the order
 * reaches the ERP once, neither lost nor doubled.
 */
class JmsDeliveryRollbackTests extends PipelineEndToEndTest {

	static final String RACE_IN = "race-buyer-in";

	static final String RACE_OUT = "race-seller-out";

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SELLER_GLN = Fixtures.gln();

	@Autowired
	CamelContext camel;

	@Autowired
	Documents documents;

	@Autowired
	JdbcTemplate jdbc;

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

	/**
	 * Two hubs each take a message of one document (the original and the sweeper's) and
	 * deliver it at once. The broker's duplicate id only stops a copy sent after the
	 * first committed; here the other hub records the document delivered while this one's
	 * copy is still uncommitted, and this copy rolls back with its queue message.
	 */
	@Test
	void aDeliveryAnotherHubMadeMeanwhileTakesThisCopyBack() throws Exception {
		String buyer = Fixtures.gln();
		String seller = Fixtures.gln();
		trade("Race Buyer", buyer,
				profile("race-buyer", "EDIFACT_D96A", List.of(Map.of("routeId", RACE_IN)), RACE_IN, "NONE"),
				"Race Seller", seller, profile("race-seller", "JSON", List.of(), RACE_OUT, "NONE"));
		AtomicInteger recordings = new AtomicInteger();
		AdviceWith.adviceWith(this.camel, "tradehub-route",
				(route) -> route.weaveById(PipelineRoutes.RECORD_DELIVERED).before().process((exchange) -> {
					String name = exchange.getMessage().getHeader(Channels.FILE_NAME, "", String.class);
					if (name.contains("PO-RACE") && recordings.getAndIncrement() == 0) {
						UUID document = UUID.fromString(exchange.getProperty(PipelineRoutes.DOCUMENT, String.class));
						// the other hub commits in a transaction of its own
						CompletableFuture.runAsync(() -> this.documents.delivered(document, "ID:the-other-hub"))
							.get(10, TimeUnit.SECONDS);
					}
				}));

		this.jms.convertAndSend("race.orders.in",
				orders(buyer, seller, "PO-RACE", "RC1").getBytes(StandardCharsets.ISO_8859_1));

		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select delivered_by_message from tracked_document where document_number = ? and status = ?",
					String.class, "PO-RACE", "DELIVERED"))
				.as("the document, delivered by the other hub")
				.containsExactly("ID:the-other-hub"));
		this.jms.setReceiveTimeout(3_000);
		assertThat(this.jms.receive("race.orders.out")).as("this hub's copy on the ERP's queue").isNull();
		assertThat(recordings).as("this hub recorded the delivery once; its queue message came back to nothing")
			.hasValue(1);
	}

	private static String orders() {
		return orders(BUYER_GLN, SELLER_GLN, "PO-ROLLBACK", "RB1");
	}

	private static String orders(String buyer, String seller, String number, String reference) {
		return "UNA:+.? '\nUNB+UNOC:3+" + buyer + ":14+" + seller + ":14+261123:1330+" + reference + "'\n"
				+ "UNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number + "+9'\nDTM+137:20261123:102'\nNAD+BY+" + buyer
				+ "::9'\nNAD+SU+" + seller + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\nCNT+2:1'\n"
				+ "UNT+10+1'\nUNZ+1+" + reference + "'\n";
	}

}
