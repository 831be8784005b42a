package io.tradehub.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file stays near the size of its live data while rows keep changing, with the
 * hub's settings, which turn H2's own compaction off. The databases here keep freed space
 * for a tenth of a second instead of H2's 45, so that a test of seconds sees it reused.
 * That what was committed survives a kill in the middle of a compaction is
 * {@link SyncingDataSourceTests}' to show.
 */
class H2CompactionTests {

	private static final String SETTINGS = HubH2Settings.storing() + ";RETENTION_TIME=100";

	@TempDir
	Path folder;

	@Test
	void theFileStaysSmallWhileRowsKeepChanging() throws Exception {
		long without = churn("plain", false);
		long with = churn("compacted", true);
		assertThat(with).as("file with compaction, against %,d bytes without", without).isLessThan(without / 3);
	}

	/**
	 * Adds a row and rewrites an older one, 20,000 times with one commit each, as the hub
	 * adds documents and moves older ones on, through the hub's data source; returns the
	 * file's size.
	 */
	private long churn(String name, boolean compact) throws Exception {
		// without the hub's commit delay, which one thread committing would wait out
		// 20,000 times, and which changes nothing the compaction sees
		DataSource h2 = new SyncingDataSource(dataSource(name), Duration.ZERO);
		H2Compaction compaction = new H2Compaction(h2);
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table item (id int primary key, padding varchar(2000))");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into item values (?, ?)");
					PreparedStatement update = connection
						.prepareStatement("update item set padding = ? where id = ?")) {
				for (int id = 0; id < 20_000; id++) {
					insert.setInt(1, id);
					insert.setString(2, "x".repeat(200));
					insert.executeUpdate();
					update.setString(1, Integer.toString(id).repeat(20));
					update.setInt(2, id / 2);
					update.executeUpdate();
					connection.commit();
					if (compact && id % 500 == 0) {
						Thread.sleep(120);
						compaction.compact();
					}
				}
			}
			// measured while the database is open: H2 compacts its file as it closes it,
			// for as long as MAX_COMPACT_TIME allows, which on a fast machine hid the
			// growth
			return Files.size(this.folder.resolve(name + ".mv.db"));
		}
	}

	private JdbcDataSource dataSource(String name) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(url(name));
		return h2;
	}

	private String url(String name) {
		return "jdbc:h2:file:" + this.folder.resolve(name) + SETTINGS;
	}

}
