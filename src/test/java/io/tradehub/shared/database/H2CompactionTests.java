package io.tradehub.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file stays near the size of its live data while rows keep changing, and what was
 * committed survives a kill in the middle of a compaction. The databases here keep freed
 * space for a tenth of a second instead of H2's 45, so that a test of seconds sees it
 * reused.
 */
class H2CompactionTests {

	private static final String SETTINGS = ";WRITE_DELAY=0;RETENTION_TIME=100";

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
	 * adds documents and moves older ones on; returns the file's size.
	 */
	private long churn(String name, boolean compact) throws Exception {
		JdbcDataSource h2 = dataSource(name);
		H2Compaction compaction = new H2Compaction(h2);
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table item (id int primary key, padding varchar(2000))");
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

	@Test
	void everyCommitThatReturnedSurvivesAKillDuringCompaction() throws Exception {
		Set<Integer> committed = Writer.killAfter(url("killed"), false, 5_000);

		Set<Integer> stored = new HashSet<>();
		try (Connection connection = dataSource("killed").getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from item")) {
			while (rows.next()) {
				stored.add(rows.getInt(1));
			}
		}
		assertThat(stored).containsAll(committed);
	}

	private JdbcDataSource dataSource(String name) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(url(name));
		return h2;
	}

	private String url(String name) {
		return "jdbc:h2:file:" + this.folder.resolve(name) + SETTINGS;
	}

	/**
	 * Inserts a row and rewrites an older one per commit from four threads, printing each
	 * new row's id once its commit returned, while a fifth thread compacts; through the
	 * hub's {@link SyncingDataSource} when asked.
	 */
	static final class Writer {

		private static final int THREADS = 4;

		/**
		 * Runs a writer in a process of its own and kills it once it said so many commits
		 * returned.
		 * @return the rows whose commits returned
		 */
		static Set<Integer> killAfter(String url, boolean synced, int commits) throws Exception {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					Writer.class.getName(), url, Boolean.toString(synced))
				.redirectErrorStream(true)
				.start();
			Set<Integer> committed = new HashSet<>();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while (committed.size() < commits && (line = lines.readLine()) != null) {
					assertThat(line).as("the writer's output").matches("\\d+");
					committed.add(Integer.valueOf(line));
				}
				writer.destroyForcibly();
			}
			assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(committed).hasSize(commits);
			return committed;
		}

		public static void main(String[] args) throws Exception {
			JdbcDataSource plain = new JdbcDataSource();
			plain.setURL(args[0]);
			DataSource h2 = Boolean.parseBoolean(args[1]) ? new SyncingDataSource(plain) : plain;
			try (Connection setup = h2.getConnection(); Statement statement = setup.createStatement()) {
				statement.execute("create table item (id int primary key, padding varchar(2000))");
				for (int t = 0; t < THREADS; t++) {
					int thread = t;
					new Thread(() -> write(h2, thread)).start();
				}
				H2Compaction compaction = new H2Compaction(h2);
				while (true) {
					Thread.sleep(20);
					compaction.compact();
				}
			}
		}

		private static void write(DataSource h2, int thread) {
			try (Connection connection = h2.getConnection();
					PreparedStatement insert = connection.prepareStatement("insert into item values (?, ?)");
					PreparedStatement update = connection
						.prepareStatement("update item set padding = ? where id = ?")) {
				connection.setAutoCommit(false);
				for (int id = thread;; id += THREADS) {
					insert.setInt(1, id);
					insert.setString(2, "x".repeat(500));
					insert.executeUpdate();
					update.setString(1, Integer.toString(id).repeat(50));
					update.setInt(2, ThreadLocalRandom.current().nextInt(id + 1));
					update.executeUpdate();
					connection.commit();
					synchronized (System.out) {
						System.out.println(id);
						System.out.flush();
					}
				}
			}
			catch (SQLException ex) {
				ex.printStackTrace();
			}
		}

	}

}
