package io.tradehub.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that inserts a row and rewrites an older one per commit from four threads
 * through the hub's {@link SyncingDataSource} with its commit delay, printing each new
 * row's id once its commit returned, while a fifth thread compacts the file, until it is
 * killed.
 */
final class KilledWriter {

	private static final int THREADS = 4;

	private KilledWriter() {
	}

	/**
	 * Runs a writer on the database at the given URL in a process of its own and kills it
	 * once it said so many commits returned.
	 * @return the rows whose commits returned
	 */
	static Set<Integer> killAfter(String url, int commits) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				KilledWriter.class.getName(), url, HubH2Settings.commitDelay().toString())
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
		DataSource h2 = new SyncingDataSource(plain, Duration.parse(args[1]));
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
				PreparedStatement update = connection.prepareStatement("update item set padding = ? where id = ?")) {
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
