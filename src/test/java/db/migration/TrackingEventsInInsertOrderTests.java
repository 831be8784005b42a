package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After V26 a tracking event is numbered in the order it was written: the events there
 * were keep their order, new ones follow, the keys still hold, and on H2 the numbers are
 * the rows' own key, with no index of their own.
 */
class TrackingEventsInInsertOrderTests {

	private static final OffsetDateTime EARLIER = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

	private static final OffsetDateTime LATER = EARLIER.plusSeconds(1);

	private static final String EVENT = "insert into tracking_event (receipt_id, at, to_status) values (?, ?, ?)";

	@Test
	void theEventsThereWereKeepTheirOrderAndNewOnesFollow() throws SQLException {
		try (Connection connection = MigratedH2.open("numbered")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "25");
			UUID receipt = MigratedH2.receipt(jdbc);
			UUID first = HubIds.next();
			UUID second = new UUID(first.getMostSignificantBits(), first.getLeastSignificantBits() + 1);
			String uuidEvent = "insert into tracking_event (id, receipt_id, at, to_status) values (?, ?, ?, ?)";
			// written out of order: the order was (at, id)
			jdbc.update(uuidEvent, second, receipt, LATER, "THIRD");
			jdbc.update(uuidEvent, first, receipt, LATER, "SECOND");
			jdbc.update(uuidEvent, HubIds.next(), receipt, EARLIER, "FIRST");

			MigratedH2.migrate(connection, "26");
			jdbc.update(EVENT, receipt, EARLIER, "WRITTEN LAST");

			assertThat(jdbc.queryForList("select to_status from tracking_event order by id", String.class))
				.containsExactly("FIRST", "SECOND", "THIRD", "WRITTEN LAST");
		}
	}

	@Test
	void theKeysStillHold() throws SQLException {
		try (Connection connection = MigratedH2.open("numbered-keys")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "26");

			MigratedH2.assertEventKeysHold(jdbc, (receipt, document) -> jdbc.update(
					"insert into tracking_event (receipt_id, document_id, at, to_status) values (?, ?, ?, 'RECEIVED')",
					receipt, document, EARLIER));
		}
	}

	@Test
	void onH2AnEventIsKeptUnderItsNumberAlone() throws SQLException {
		try (Connection connection = MigratedH2.open("numbered-indexes")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "26");

			assertThat(jdbc.queryForObject("""
					select index_class from information_schema.indexes
					where table_name = 'tracking_event' and index_type_name = 'PRIMARY KEY'""", String.class))
				.as("the primary key stands for the rows' own key, with no B-tree of its own")
				.endsWith("MVDelegateIndex");
			assertThat(MigratedH2.indexes(jdbc, "tracking_event")).as("the indexes beside it, one per key")
				.containsExactlyInAnyOrder("ix_tracking_event_receipt (receipt_id)",
						"ix_tracking_event_document (document_id)");
		}
	}

}
