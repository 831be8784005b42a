package io.tradehub.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit to H2 on disk returns only once it is stored and forced to disk, where H2
 * alone leaves it in the operating system's cache, or with the hub's settings in memory
 * for up to a second; work that wrote nothing forces nothing.
 */
class SyncingDataSourceTests {

	/** When H2 stores a commit by itself, as the hub has it. */
	private static final String STORING = HubH2Settings.storing();

	@TempDir
	Path folder;

	/**
	 * Keeps each database open: H2 closes one with its last connection, and forces it.
	 */
	private final List<Connection> keepers = new ArrayList<>();

	@BeforeAll
	static void countForces() {
		ForceCountingFilePath.register();
	}

	@Test
	void h2AloneLeavesACommitInTheOperatingSystemsCache() throws SQLException {
		DataSource h2 = h2("alone", ";WRITE_DELAY=0");
		createTable(h2);
		long forces = ForceCountingFilePath.forces();

		commitRows(h2, 0, 20);

		assertThat(ForceCountingFilePath.unforcedWrites()).as("writes no force covers").isPositive();
		assertThat(ForceCountingFilePath.forces()).isEqualTo(forces);
	}

	@Test
	void aCommitReturnsOnlyOnceItIsOnDisk() throws SQLException {
		DataSource synced = synced(h2("commits"));
		createTable(synced);
		try (Connection connection = synced.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into item values (?, ?)")) {
			connection.setAutoCommit(false);
			for (int id = 0; id < 100; id++) {
				insert.setInt(1, id);
				insert.setString(2, "row " + id);
				insert.executeUpdate();
				connection.commit();
				assertThat(ForceCountingFilePath.unforcedWrites()).as("writes no force covers, after commit %d", id)
					.isZero();
			}
		}
	}

	@Test
	void whatRanInAutoCommitModeIsOnDiskWhenTheConnectionCloses() throws SQLException {
		DataSource synced = synced(h2("auto-commit"));
		JdbcTemplate jdbc = new JdbcTemplate(synced);
		jdbc.execute("create table item (id int primary key, label varchar(100))");
		for (int id = 0; id < 20; id++) {
			jdbc.update("insert into item values (?, ?)", id, "row " + id);
			assertThat(ForceCountingFilePath.unforcedWrites()).as("writes no force covers, after insert %d", id)
				.isZero();
		}
	}

	@Test
	void workThatWroteNothingForcesNothing() throws SQLException {
		DataSource synced = synced(h2("reads"));
		createTable(synced);
		commitRows(synced, 0, 10);
		JdbcTemplate jdbc = new JdbcTemplate(synced);
		long forces = ForceCountingFilePath.forces();

		for (int i = 0; i < 20; i++) {
			assertThat(jdbc.queryForObject("select count(*) from item", Integer.class)).isEqualTo(10);
			try (Connection connection = synced.getConnection(); Statement statement = connection.createStatement()) {
				connection.setAutoCommit(false);
				statement.executeQuery("select label from item where id = 3").close();
				connection.commit();
			}
		}

		assertThat(ForceCountingFilePath.forces()).isEqualTo(forces);
	}

	@Test
	void commitsAtTheSameTimeShareForces() throws Exception {
		DataSource synced = synced(h2("together"));
		createTable(synced);
		// as on a disk: a temporary folder in memory would force at once, and four
		// threads on two cores would seldom meet
		ForceCountingFilePath.forcesTakeAtLeast(1);
		long forces = ForceCountingFilePath.forces();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> committers = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			int first = thread * 250;
			committers.add(threads.submit(() -> {
				commitRows(synced, first, 250);
				return null;
			}));
		}
		for (Future<?> committer : committers) {
			committer.get();
		}
		threads.shutdown();
		ForceCountingFilePath.forcesTakeAtLeast(0);

		assertThat(new JdbcTemplate(synced).queryForObject("select count(*) from item", Integer.class))
			.isEqualTo(1_000);
		assertThat(ForceCountingFilePath.unforcedWrites()).isZero();
		assertThat(ForceCountingFilePath.forces() - forces).as("forces for 1,000 commits").isLessThan(800);
	}

	/**
	 * The database keeps freed space for a tenth of a second instead of H2's 45, so that
	 * the compaction the writer runs meanwhile soon reuses it.
	 */
	@Test
	void everyCommitThatReturnedSurvivesAKillDuringCompaction() throws Exception {
		String url = "jdbc:h2:file:" + this.folder.resolve("killed") + STORING + ";RETENTION_TIME=100";
		Set<Integer> committed = KilledWriter.killAfter(url, 5_000);

		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL(url);
		assertThat(new JdbcTemplate(h2).queryForList("select id from item", Integer.class)).containsAll(committed);
	}

	@Test
	void commitsWithinTheDelayShareOneStoreAndForce() throws Exception {
		DataSource synced = new SyncingDataSource(h2("delayed"), Duration.ofMillis(300));
		createTable(synced);
		long forces = ForceCountingFilePath.forces();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> committers = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			int id = thread;
			committers.add(threads.submit(() -> {
				start.await();
				commitRows(synced, id, 1);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> committer : committers) {
			committer.get();
		}
		threads.shutdown();

		assertThat(ForceCountingFilePath.unforcedWrites()).isZero();
		assertThat(ForceCountingFilePath.forces() - forces).as("forces for 8 commits made at once").isOne();
	}

	@AfterEach
	void closeDatabases() throws SQLException {
		for (Connection keeper : this.keepers) {
			keeper.close();
		}
	}

	/** One transaction per row. */
	private static void commitRows(DataSource dataSource, int first, int count) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into item values (?, ?)")) {
			connection.setAutoCommit(false);
			for (int id = first; id < first + count; id++) {
				insert.setInt(1, id);
				insert.setString(2, "row " + id);
				insert.executeUpdate();
				connection.commit();
			}
		}
	}

	private static void createTable(DataSource dataSource) {
		new JdbcTemplate(dataSource).execute("create table item (id int primary key, label varchar(100))");
	}

	/** With the hub's commit delay. */
	private static DataSource synced(DataSource h2) {
		return new SyncingDataSource(h2, HubH2Settings.commitDelay());
	}

	/** As the hub's settings have it. */
	private JdbcDataSource h2(String name) throws SQLException {
		return h2(name, STORING);
	}

	private JdbcDataSource h2(String name, String settings) throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:forcecount:" + this.folder.resolve(name) + settings);
		h2.setUser("sa");
		this.keepers.add(h2.getConnection());
		return h2;
	}

}
