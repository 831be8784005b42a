package io.tradehub.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.tradehub.document.DocumentType;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.tracking.ArchivePurge.Purged;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention: finished work older than the retention loses its raw input and its output,
 * work still on its way or replayable keeps them, and partners are told the bytes were
 * purged, and when, instead of a missing file. The hub clock is set back past the default
 * retention of ten years to make the old work, so no other test's work is ever that old.
 */
class ArchivePurgeIntegrationTests extends HubIntegrationTest {

	private static final Duration PAST_RETENTION = Duration.ofDays(3653 + 1);

	private static final byte[] RAW = "UNB+UNOC:3+4012345000016:14+4012345000009:14'".getBytes(StandardCharsets.UTF_8);

	private static final byte[] OUTPUT = "UNB'".getBytes(StandardCharsets.UTF_8);

	@Autowired
	private Receipts receipts;

	@Autowired
	private Documents documents;

	@Autowired
	private ArchivePurge purge;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void finishedWorkPastTheRetentionLosesItsBytesAndPartnersAreToldWhen() {
		TestCompany customer = this.fixtures.customer("Purged Customer");
		TestCompany supplier = this.fixtures.supplier("Purged Supplier");
		this.clock.advance(PAST_RETENTION.negated());
		UUID delivered = order(customer, supplier, DocumentStatus.DELIVERED);
		UUID onItsWay = order(customer, supplier, DocumentStatus.ROUTED);
		UUID failed = order(customer, supplier, DocumentStatus.FAILED);
		UUID unread = this.receipts.receive(new Inbound("http", "http", null, null, "unread.edi", RAW));
		this.clock.reset();
		UUID recent = order(customer, supplier, DocumentStatus.DELIVERED);

		this.purge.purge();

		HubClient asCustomer = login(customer);
		HubClient asSupplier = login(supplier);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(asCustomer.get("/api/v1/documents/" + delivered + "/raw").expect(410).at("/detail"))
			.isEqualTo("The raw input of document " + delivered + " (orders.edi) was purged on " + today
					+ " by the hub's retention; its history and canonical form remain.");
		assertThat(asSupplier.get("/api/v1/documents/" + delivered + "/output").expect(410).at("/detail"))
			.startsWith("The output of document " + delivered + " was purged on " + today);
		HubClient.Response detail = asCustomer.get("/api/v1/documents/" + delivered).expect(200);
		assertThat(detail.at("/document/status")).isEqualTo("DELIVERED");
		assertThat(detail.at("/canonical/type")).isEqualTo("ORDER");
		assertThat(detail.at("/rawPurgedAt")).startsWith(today);
		assertThat(detail.at("/outputPurgedAt")).startsWith(today);
		assertThat(asSupplier.get("/api/v1/documents/" + delivered).expect(200).json().get("rawPurgedAt").isNull())
			.as("the raw input is the sender's business only")
			.isTrue();
		assertThat(asCustomer.get("/portal/messages/" + delivered).expect(200).body())
			.contains("The raw input was purged on")
			.contains("The output was purged on");

		assertThat(asCustomer.get("/api/v1/documents/" + onItsWay + "/raw").expect(200).bytes()).isEqualTo(RAW);
		assertThat(asSupplier.get("/api/v1/documents/" + onItsWay + "/output").expect(200).bytes()).isEqualTo(OUTPUT);
		assertThat(asCustomer.get("/api/v1/documents/" + failed + "/raw").expect(410).at("/detail"))
			.as("a failed document is replayed from its output, not its raw input")
			.contains("purged");
		assertThat(asSupplier.get("/api/v1/documents/" + failed + "/output").expect(200).bytes()).isEqualTo(OUTPUT);
		assertThat(this.receipts.raw(unread)).as("a receipt still to be read").isEqualTo(RAW);
		assertThat(asCustomer.get("/api/v1/documents/" + recent + "/raw").expect(200).bytes()).isEqualTo(RAW);
		assertThat(asSupplier.get("/api/v1/documents/" + recent + "/output").expect(200).bytes()).isEqualTo(OUTPUT);
		asSupplier.post("/api/v1/documents/" + failed + "/replay").expect(202);
	}

	@Test
	void hubsPurgingAtOnceTakeEachReceiptOnceInShortBatches(@Autowired PlatformTransactionManager transactions)
			throws Exception {
		TestCompany customer = this.fixtures.customer("Twice Purged Customer");
		TestCompany supplier = this.fixtures.supplier("Twice Purged Supplier");
		this.clock.advance(PAST_RETENTION.negated());
		List<UUID> orders = IntStream.range(0, 24)
			.mapToObj(i -> order(customer, supplier, DocumentStatus.DELIVERED))
			.toList();
		this.clock.reset();
		TrackingProperties smallBatches = new TrackingProperties(DataSize.ofMegabytes(50), Period.ofYears(10),
				Duration.ofHours(1), 5);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<CompletableFuture<Purged>> hubs = new ArrayList<>();
		for (int hub = 0; hub < 2; hub++) {
			ArchivePurge purge = new ArchivePurge(this.jdbc, transactions, smallBatches, this.clock);
			hubs.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return purge.purge();
			}, threads));
		}

		List<Purged> purged = hubs.stream().map(CompletableFuture::join).toList();
		threads.shutdown();
		assertThat(purged.stream().mapToInt(Purged::receipts).sum()).isEqualTo(orders.size());
		assertThat(purged.stream().mapToInt(Purged::documents).sum()).isEqualTo(orders.size());
		assertThat(this.jdbc.queryForObject("select count(*) from tracked_document where id in ("
				+ String.join(",", orders.stream().map(id -> "'" + id + "'").toList())
				+ ") and purged_at is not null and output is null", Integer.class))
			.isEqualTo(orders.size());
		assertThat(this.purge.purge()).as("nothing is left to purge twice").isEqualTo(new Purged(0, 0));
	}

	/** An order read from a receipt of its own and brought to the given status. */
	private UUID order(TestCompany customer, TestCompany supplier, DocumentStatus status) {
		UUID receipt = this.receipts
			.receive(new Inbound("customer-sftp-inbound", "sftp", "customer", "customer", "orders.edi", RAW));
		this.receipts.read(receipt, "EDIFACT D96A");
		UUID id = this.documents.accept(NewDocument.read(receipt, null, TrackedDocuments.document(DocumentType.ORDER,
				customer.id(), supplier.id(), "PO-" + UUID.randomUUID(), null)));
		this.documents.routed(id, new Output("order.edi", "EDIFACT D96A", "supplier-sftp-outbound", "1", OUTPUT));
		switch (status) {
			case DELIVERED -> this.documents.delivered(id);
			case FAILED -> this.documents.failed(id, "The supplier's SFTP server refused the login.");
			default -> {
			}
		}
		return id;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HubClient login(TestCompany company) {
		return anonymous().login(company.email(), company.password());
	}

}
