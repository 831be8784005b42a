package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.tradehub.test.Fixtures;
import io.tradehub.tracking.Inbound;
import io.tradehub.tracking.Receipts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two messages of one receipt taken at once, as when the sweeper hands on a receipt still
 * queued behind a backlog, or two hubs share the read queue: the receipt is read into
 * documents once, and both messages hand on the same documents.
 */
class ReadStageConcurrencyTests extends PipelineEndToEndTest {

	/**
	 * Only named in the sender's profile: the test hands the receipt to the reader
	 * itself.
	 */
	private static final String IN_ROUTE = "erp-attic-in";

	@Autowired
	ReadStage reader;

	@Autowired
	Receipts receipts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReceiptReadByTwoConsumersAtOnceBecomesItsDocumentsOnce() throws Exception {
		String customerGln = Fixtures.gln();
		String supplierGln = Fixtures.gln();
		trade("Attic Shop", customerGln, profile("attic-shop", "JSON", List.of(), "attic-shop-out", "NONE"),
				"ERP Attic", supplierGln,
				profile("erp-attic", "JSON", List.of(Map.of("routeId", IN_ROUTE)), null, "NONE"));
		UUID receipt = this.receipts
			.receive(new Inbound(IN_ROUTE, "jms", "erp-attic", "erp.attic.responses", "response.json",
					orderResponse("OR-7001", "PO-7001", supplierGln, customerGln).getBytes(StandardCharsets.UTF_8),
					null, null, "ID:" + UUID.randomUUID()));

		CountDownLatch firstRead = new CountDownLatch(1);
		CompletableFuture<List<String>> first = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(this.transactions).execute((status) -> {
				List<String> ids = this.reader.read(receipt.toString());
				firstRead.countDown();
				// the first consumer has read but not committed when the second starts
				sleep(700);
				return ids;
			}));
		assertThat(firstRead.await(30, TimeUnit.SECONDS)).as("the first consumer read the receipt").isTrue();
		List<String> second = CompletableFuture.supplyAsync(() -> this.reader.read(receipt.toString()))
			.get(30, TimeUnit.SECONDS);

		assertThat(first.get(30, TimeUnit.SECONDS)).as("documents the first consumer hands on").hasSize(1);
		assertThat(second).as("documents the second consumer hands on").isEqualTo(first.get());
		assertThat(this.jdbc.queryForList("select id from tracked_document where receipt_id = ?", UUID.class, receipt))
			.as("documents of the receipt")
			.extracting(UUID::toString)
			.containsExactlyElementsOf(second);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
