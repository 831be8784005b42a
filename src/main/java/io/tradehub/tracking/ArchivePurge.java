package io.tradehub.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the archive bounded: once a receipt or a document is older than the retention and
 * its work is finished, its bytes go and its row says when. A receipt's raw input goes
 * when it was read or refused and none of its documents is still on its way (accepted,
 * routed or retrying); a document's output goes when it was delivered or refused. A
 * failed document keeps its output, since a partner may still replay it, and a receipt
 * still waiting to be read keeps its raw input. Rows, events, interchanges and canonical
 * forms stay: they are the record of what was traded, and the duplicate check.
 * <p>
 * Each batch is a short transaction of its own; rows another instance's purge holds are
 * skipped, and a row is marked only while still unmarked, so hubs may purge at once.
 */
@Component
class ArchivePurge {

	private static final Logger log = LoggerFactory.getLogger(ArchivePurge.class);

	private static final List<String> IN_FLIGHT = List.of(DocumentStatus.ACCEPTED.name(), DocumentStatus.ROUTED.name(),
			DocumentStatus.RETRYING.name());

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TrackingProperties properties;

	private final Clock clock;

	ArchivePurge(JdbcTemplate jdbc, PlatformTransactionManager transactions, TrackingProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tradehub.tracking.purge-interval:PT1H}",
			initialDelayString = "${tradehub.tracking.purge-interval:PT1H}")
	void scheduled() {
		Purged purged = purge();
		if (purged.receipts() > 0 || purged.documents() > 0) {
			log.info("Retention {}: purged the raw input of {} receipts and the output of {} documents",
					this.properties.retention(), purged.receipts(), purged.documents());
		}
	}

	/** Purges what the retention has reached, batch by batch. */
	Purged purge() {
		Instant now = this.clock.instant();
		OffsetDateTime before = this.properties.retainedSince(now).atOffset(ZoneOffset.UTC);
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return new Purged(drain(this::receipts, before, at), drain(this::documents, before, at));
	}

	private int drain(BiFunction<OffsetDateTime, OffsetDateTime, Integer> batch, OffsetDateTime before,
			OffsetDateTime at) {
		int total = 0;
		int purged;
		do {
			purged = this.transactions.execute(status -> batch.apply(before, at));
			total += purged;
		}
		while (purged == this.properties.purgeBatch());
		return total;
	}

	private int receipts(OffsetDateTime before, OffsetDateTime at) {
		List<UUID> ids = this.jdbc.queryForList("""
				select r.id from receipt r
				where r.purged_at is null and r.received_at < ? and r.status <> ?
				and not exists (select 1 from tracked_document d where d.receipt_id = r.id and d.status in (?, ?, ?))
				order by r.received_at limit ? for update skip locked""", UUID.class, before,
				ReceiptStatus.RECEIVED.name(), IN_FLIGHT.get(0), IN_FLIGHT.get(1), IN_FLIGHT.get(2),
				this.properties.purgeBatch());
		if (ids.isEmpty()) {
			return 0;
		}
		this.jdbc.batchUpdate("delete from receipt_raw where receipt_id = ?", ids, ids.size(),
				(statement, id) -> statement.setObject(1, id));
		mark("update receipt set purged_at = ?, version = version + 1 where id = ? and purged_at is null", ids, at);
		return ids.size();
	}

	/**
	 * Documents without an output are marked too, so that the next run never walks past
	 * them again.
	 */
	private int documents(OffsetDateTime before, OffsetDateTime at) {
		List<UUID> ids = this.jdbc.queryForList("""
				select d.id from tracked_document d
				where d.purged_at is null and d.created_at < ? and d.status in (?, ?)
				order by d.created_at limit ? for update skip locked""", UUID.class, before,
				DocumentStatus.DELIVERED.name(), DocumentStatus.REFUSED.name(), this.properties.purgeBatch());
		if (ids.isEmpty()) {
			return 0;
		}
		mark("update tracked_document set output = null, purged_at = ?, version = version + 1"
				+ " where id = ? and purged_at is null", ids, at);
		return ids.size();
	}

	private void mark(String update, List<UUID> ids, OffsetDateTime at) {
		this.jdbc.batchUpdate(update, ids, ids.size(), (statement, id) -> {
			statement.setObject(1, at);
			statement.setObject(2, id);
		});
	}

	/** How many receipts lost their raw input and documents their output. */
	record Purged(int receipts, int documents) {
	}

}
