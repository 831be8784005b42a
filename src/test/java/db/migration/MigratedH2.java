package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An H2 database in memory with the hub's own settings (application.yml), migrated up to
 * a version, for tests of what a migration changes.
 */
final class MigratedH2 {

	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private MigratedH2() {
	}

	static Connection open(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + SETTINGS, "sa", "");
	}

	static void migrate(Connection connection, String version) {
		Flyway.configure()
			.dataSource(new SingleConnectionDataSource(connection, true))
			.locations("classpath:db/migration")
			.target(version)
			.load()
			.migrate();
	}

	static JdbcTemplate jdbc(Connection connection) {
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	/** A table's indexes beside its primary key, as "index (columns)". */
	static List<String> indexes(JdbcTemplate jdbc, String table) {
		return jdbc.queryForList(
				"""
						select i.index_name || ' (' || listagg(c.column_name, ', ') within group (order by c.ordinal_position) || ')'
						from information_schema.indexes i
						join information_schema.index_columns c on c.index_schema = i.index_schema and c.index_name = i.index_name
						where i.table_name = ? and i.index_type_name <> 'PRIMARY KEY'
						group by i.index_name""",
				String.class, table);
	}

	/** Each key two indexes serve, as "table (columns)". */
	static List<String> twoIndexesOfOneKey(JdbcTemplate jdbc) {
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

	/** A new receipt, as the intake writes one. */
	static UUID receipt(JdbcTemplate jdbc) {
		UUID receipt = HubIds.next();
		jdbc.update("""
				insert into receipt (id, channel, channel_kind, file_name, size, sha256, received_at, status, version)
				values (?, 'c', 'file', 'f', 1, 'x', current_timestamp, 'RECEIVED', 0)""", receipt);
		return receipt;
	}

	/**
	 * The keys of tracking events refuse an event of an unknown receipt or document, and
	 * the deletion of a receipt with events.
	 */
	static void assertEventKeysHold(JdbcTemplate jdbc, EventWriter events) {
		UUID receipt = receipt(jdbc);
		events.write(receipt, null);

		assertThatThrownBy(() -> events.write(HubIds.next(), null)).as("an event of an unknown receipt")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> events.write(receipt, HubIds.next())).as("an event of an unknown document")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("delete from receipt where id = ?", receipt)).as("a receipt with events")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/** Writes a tracking event as the schema of a version wants it. */
	interface EventWriter {

		void write(UUID receipt, @Nullable UUID document);

	}

}
