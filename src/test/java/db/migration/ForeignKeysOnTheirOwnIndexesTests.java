package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On H2, as the hub runs it by default, no table keeps two indexes of one key after
 * {@link V25__Foreign_keys_on_their_own_indexes}, and the foreign keys still hold.
 */
class ForeignKeysOnTheirOwnIndexesTests {

	/** The hub's own settings (application.yml), in memory. */
	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Test
	void everyKeyHasOneIndexAfterTheMigration() throws SQLException {
		try (Connection connection = database("one-index")) {
			JdbcTemplate jdbc = jdbc(connection);
			migrate(connection, "24");
			assertThat(twoIndexesOfOneKey(jdbc)).as("before")
				.contains("interchange (receipt_id)", "order_lifecycle (order_document_id)",
						"tracked_document (replay_of)");
			assertThat(eventIndexes(jdbc)).as("an event's indexes beside its primary key, before").hasSize(4);

			migrate(connection, "25");

			assertThat(twoIndexesOfOneKey(jdbc)).isEmpty();
			assertThat(eventIndexes(jdbc)).as("an event's indexes beside its primary key")
				.containsExactlyInAnyOrder("ix_tracking_event_receipt (receipt_id)",
						"ix_tracking_event_document (document_id)");
		}
	}

	@Test
	void theKeysStillHold() throws SQLException {
		try (Connection connection = database("keys-hold")) {
			JdbcTemplate jdbc = jdbc(connection);
			migrate(connection, "25");
			UUID receipt = HubIds.next();
			jdbc.update(
					"""
							insert into receipt (id, channel, channel_kind, file_name, size, sha256, received_at, status, version)
							values (?, 'c', 'file', 'f', 1, 'x', current_timestamp, 'RECEIVED', 0)""",
					receipt);
			String event = "insert into tracking_event (id, receipt_id, document_id, at, to_status)"
					+ " values (?, ?, ?, current_timestamp, 'RECEIVED')";
			jdbc.update(event, HubIds.next(), receipt, null);

			assertThatThrownBy(() -> jdbc.update(event, HubIds.next(), HubIds.next(), null))
				.as("an event of an unknown receipt")
				.isInstanceOf(DataIntegrityViolationException.class);
			assertThatThrownBy(() -> jdbc.update(event, HubIds.next(), receipt, HubIds.next()))
				.as("an event of an unknown document")
				.isInstanceOf(DataIntegrityViolationException.class);
			assertThatThrownBy(() -> jdbc.update("delete from receipt where id = ?", receipt))
				.as("a receipt with events")
				.isInstanceOf(DataIntegrityViolationException.class);
		}
	}

	@Test
	void aFailedAttemptIsReplayedOnce() throws SQLException {
		try (Connection connection = database("replay-once")) {
			JdbcTemplate jdbc = jdbc(connection);
			migrate(connection, "25");
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

	/** As "index (columns)". */
	private static List<String> eventIndexes(JdbcTemplate jdbc) {
		return jdbc.queryForList(
				"""
						select i.index_name || ' (' || listagg(c.column_name, ', ') within group (order by c.ordinal_position) || ')'
						from information_schema.indexes i
						join information_schema.index_columns c on c.index_schema = i.index_schema and c.index_name = i.index_name
						where i.table_name = 'tracking_event' and i.index_type_name <> 'PRIMARY KEY'
						group by i.index_name""",
				String.class);
	}

	/** Each key two indexes serve, as "table (columns)". */
	private static List<String> twoIndexesOfOneKey(JdbcTemplate jdbc) {
		return new ArrayList<>(jdbc.queryForList("""
				select table_name || ' (' || columns || ')' from (
				  select i.table_name, i.index_name,
				         listagg(c.column_name, ', ') within group (order by c.ordinal_position) as columns
				  from information_schema.indexes i
				  join information_schema.index_columns c
				    on c.index_schema = i.index_schema and c.index_name = i.index_name
				  where i.table_schema = 'public'
				  group by i.table_name, i.index_name)
				group by table_name, columns
				having count(*) > 1
				order by 1""", String.class));
	}

	private static void migrate(Connection connection, String version) {
		Flyway.configure()
			.dataSource(new SingleConnectionDataSource(connection, true))
			.locations("classpath:db/migration")
			.target(version)
			.load()
			.migrate();
	}

	private static JdbcTemplate jdbc(Connection connection) {
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	private static Connection database(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + SETTINGS, "sa", "");
	}

}
