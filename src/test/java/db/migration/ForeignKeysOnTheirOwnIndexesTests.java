package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On H2, as the hub runs it by default, no table keeps two indexes of one key after
 * {@link V25__Foreign_keys_on_their_own_indexes}, and the foreign keys still hold.
 */
class ForeignKeysOnTheirOwnIndexesTests {

	@Test
	void everyKeyHasOneIndexAfterTheMigration() throws SQLException {
		try (Connection connection = MigratedH2.open("one-index")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "24");
			assertThat(MigratedH2.twoIndexesOfOneKey(jdbc)).as("before")
				.contains("interchange (receipt_id)", "order_lifecycle (order_document_id)",
						"tracked_document (replay_of)");
			assertThat(MigratedH2.indexes(jdbc, "tracking_event"))
				.as("an event's indexes beside its primary key, before")
				.hasSize(4);

			MigratedH2.migrate(connection, "25");

			assertThat(MigratedH2.twoIndexesOfOneKey(jdbc)).isEmpty();
			assertThat(MigratedH2.indexes(jdbc, "tracking_event")).as("an event's indexes beside its primary key")
				.containsExactlyInAnyOrder("ix_tracking_event_receipt (receipt_id)",
						"ix_tracking_event_document (document_id)");
		}
	}

	@Test
	void theKeysStillHold() throws SQLException {
		try (Connection connection = MigratedH2.open("keys-hold")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "25");

			MigratedH2.assertEventKeysHold(jdbc,
					(receipt, document) -> jdbc.update(
							"insert into tracking_event (id, receipt_id, document_id, at, to_status)"
									+ " values (?, ?, ?, current_timestamp, 'RECEIVED')",
							HubIds.next(), receipt, document));
		}
	}

	@Test
	void aFailedAttemptIsReplayedOnce() throws SQLException {
		try (Connection connection = MigratedH2.open("replay-once")) {
			JdbcTemplate jdbc = MigratedH2.jdbc(connection);
			MigratedH2.migrate(connection, "25");
			UUID failed = document(jdbc, null);
			document(jdbc, failed);

			assertThatThrownBy(() -> document(jdbc, failed)).isInstanceOf(DataIntegrityViolationException.class);
			assertThatThrownBy(() -> document(jdbc, HubIds.next())).as("a replay of no document")
				.isInstanceOf(DataIntegrityViolationException.class);
		}
	}

	private static UUID document(JdbcTemplate jdbc, UUID replayOf) {
		UUID id = HubIds.next();
		jdbc.update("""
				insert into tracked_document (id, replay_of, type, document_number, status, canonical, attempts,
				                              created_at, updated_at, version)
				values (?, ?, 'ORDER', 'PO-1', 'FAILED', '{}', 0, current_timestamp, current_timestamp, 0)""", id,
				replayOf);
		return id;
	}

}
