package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.tradehub.test.Fixtures;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier's ERP puts an order response on its queue; the hub commits its receipt and
 * fails before the message is committed, as when it dies in between. The broker delivers
 * the message again, with the same message id: the hub finds the receipt it made, and the
 * customer gets the response once.
 */
class JmsRedeliveryPipelineTests extends PipelineEndToEndTest {

	static final String IN_ROUTE = "erp-larder-in";

	static final String IN_QUEUE = "erp.larder.responses";

	static final String OUT_QUEUE = "larder.shop.responses";

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	@Autowired
	CamelContext camel;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMessageReceivedAgainAfterItsReceiptWasCommittedIsOneReceiptAndOneDeliveredResponse() throws Exception {
		trade("Larder Shop", CUSTOMER_GLN, profile("larder-shop", "JSON", List.of(), "larder-shop-out", "NONE"),
				"ERP Larder", SUPPLIER_GLN,
				profile("erp-larder", "JSON", List.of(Map.of("routeId", IN_ROUTE)), null, "NONE"));
		AtomicBoolean failed = new AtomicBoolean();
		// after the route handed the message to the pipeline: its receipt is committed
		AdviceWith.adviceWith(this.camel, IN_ROUTE, (route) -> route.weaveAddLast().process((exchange) -> {
			if (failed.compareAndSet(false, true)) {
				throw new IllegalStateException("The hub stops before the message is committed");
			}
		}));

		this.jms.convertAndSend(IN_QUEUE,
				orderResponse("OR-6001", "PO-6001", SUPPLIER_GLN, CUSTOMER_GLN).getBytes(StandardCharsets.UTF_8));

		this.jms.setReceiveTimeout(WAIT.toMillis());
		BytesMessage delivered = (BytesMessage) this.jms.receive(OUT_QUEUE);
		assertThat(delivered).as("the response on the customer's queue").isNotNull();
		byte[] body = new byte[(int) delivered.getBodyLength()];
		delivered.readBytes(body);
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("OR-6001");
		assertThat(failed).as("the first delivery of the message failed after its receipt").isTrue();
		this.jms.setReceiveTimeout(Duration.ofSeconds(3).toMillis());
		Message again = this.jms.receive(OUT_QUEUE);
		assertThat(again).as("a second copy of the response").isNull();
		assertThat(this.jdbc.queryForList("select status from receipt where channel = ?", String.class, IN_ROUTE))
			.as("receipts of the channel")
			.containsExactly("READ");
		assertThat(this.jdbc.queryForObject("select count(*) from tracked_document where document_number = ?",
				Integer.class, "OR-6001"))
			.isOne();
	}

}
