package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every foreign key is served by one index, not two. H2 gives a foreign key an index of
 * its own unless the table already has one of exactly its columns, not made for a
 * constraint; ours mostly came after their keys, or had a column more (a tracking event's
 * time), so H2 kept two indexes of the same key, and every insert wrote both: thirteen
 * index entries a document on the pipeline's path, a sixth of the pages the database
 * wrote for it (PipelineBenchmark).
 * <p>
 * On every database: the tracking events are indexed by receipt and by document alone (a
 * receipt's or a document's few events are sorted as they are read), and a replay's "one
 * per attempt" is a unique index, which a foreign key can use, rather than a constraint,
 * which in H2 it cannot. On H2 then, each foreign key that such an index can serve is
 * made again, over that index, and its own goes with it. PostgreSQL makes no index for a
 * foreign key, so there is nothing more to do there.
 * <p>
 * Java, not SQL, because H2 names the keys it made itself (CONSTRAINT_8 and the like),
 * and PostgreSQL names them otherwise: the keys are found by what they are.
 */
public class V25__Foreign_keys_on_their_own_indexes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop index ix_tracking_event_receipt");
			statement.execute("create index ix_tracking_event_receipt on tracking_event (receipt_id)");
			statement.execute("drop index ix_tracking_event_document");
			statement.execute("create index ix_tracking_event_document on tracking_event (document_id)");
			statement.execute("alter table tracked_document drop constraint uk_tracked_document_replay_of");
			statement.execute("create unique index uk_tracked_document_replay_of on tracked_document (replay_of)");
		}
		if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
			for (ForeignKey key : foreignKeys(connection)) {
				List<String> columns = ForeignKey.columns(connection, key.name());
				if (key.servedByAnotherIndex(connection, columns)) {
					key.makeAgain(connection, columns);
				}
			}
		}
	}

	private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
		List<ForeignKey> keys = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select c.table_name, c.constraint_name, c.index_name, r.unique_constraint_name, r.update_rule,
				       r.delete_rule
				from information_schema.table_constraints c
				join information_schema.referential_constraints r
				  on r.constraint_schema = c.constraint_schema and r.constraint_name = c.constraint_name
				where c.constraint_schema = current_schema and c.constraint_type = 'FOREIGN KEY'
				order by c.table_name, c.constraint_name""")) {
			while (rows.next()) {
				keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getString(6)));
			}
		}
		return keys;
	}

	/** A foreign key as H2 describes it, with the index it has. */
	private record ForeignKey(String table, String name, String index, String referencedKey, String updateRule,
			String deleteRule) {

		/**
		 * Whether another index of the table has exactly the key's columns and was made
		 * by a statement of its own, as H2 asks of an index it uses for a foreign key.
		 */
		boolean servedByAnotherIndex(Connection connection, List<String> columns) throws SQLException {
			try (PreparedStatement query = connection.prepareStatement("""
					select i.index_name
					from information_schema.indexes i
					join information_schema.index_columns c
					  on c.index_schema = i.index_schema and c.index_name = i.index_name
					where i.table_schema = current_schema and i.table_name = ? and i.index_name <> ?
					  and i.index_name not in (select index_name from information_schema.table_constraints
					                           where constraint_schema = current_schema and index_name is not null)
					group by i.index_name
					having count(*) = ? and count(case when c.column_name in (%s) then 1 end) = ?"""
				.formatted(String.join(", ", columns.stream().map(column -> "?").toList())))) {
				int at = 1;
				query.setString(at++, this.table);
				query.setString(at++, this.index);
				query.setInt(at++, columns.size());
				for (String column : columns) {
					query.setString(at++, column);
				}
				query.setInt(at, columns.size());
				try (ResultSet rows = query.executeQuery()) {
					return rows.next();
				}
			}
		}

		/**
		 * Dropped, its own index with it, and made again: H2 then takes the other index.
		 */
		void makeAgain(Connection connection, List<String> columns) throws SQLException {
			String referencedTable = table(connection, this.referencedKey);
			List<String> referencedColumns = referencedColumns(connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table " + quoted(this.table) + " drop constraint " + quoted(this.name));
				statement.execute("alter table " + quoted(this.table) + " add constraint " + quoted(this.name)
						+ " foreign key (" + quoted(columns) + ") references " + quoted(referencedTable) + " ("
						+ quoted(referencedColumns) + ") on update " + this.updateRule + " on delete "
						+ this.deleteRule);
			}
		}

		/** The referenced key's columns, in the order of the foreign key's own. */
		private List<String> referencedColumns(Connection connection) throws SQLException {
			List<String> columns = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("""
					select u.column_name
					from information_schema.key_column_usage k
					join information_schema.key_column_usage u
					  on u.constraint_schema = k.constraint_schema and u.constraint_name = ?
					 and u.ordinal_position = k.position_in_unique_constraint
					where k.constraint_schema = current_schema and k.constraint_name = ?
					order by k.ordinal_position""")) {
				query.setString(1, this.referencedKey);
				query.setString(2, this.name);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						columns.add(rows.getString(1));
					}
				}
			}
			return columns;
		}

		private static List<String> columns(Connection connection, String constraint) throws SQLException {
			List<String> columns = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("""
					select column_name from information_schema.key_column_usage
					where constraint_schema = current_schema and constraint_name = ? order by ordinal_position""")) {
				query.setString(1, constraint);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						columns.add(rows.getString(1));
					}
				}
			}
			return columns;
		}

		private static String table(Connection connection, String constraint) throws SQLException {
			try (PreparedStatement query = connection.prepareStatement("""
					select table_name from information_schema.table_constraints
					where constraint_schema = current_schema and constraint_name = ?""")) {
				query.setString(1, constraint);
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					return rows.getString(1);
				}
			}
		}

		private static String quoted(List<String> names) {
			return String.join(", ", names.stream().map(ForeignKey::quoted).toList());
		}

		private static String quoted(String name) {
			return '"' + name.replace("\"", "\"\"") + '"';
		}

	}

}
