package io.tradehub.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.tradehub.test.TestPostgres;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * What the benchmark's database did for the documents measured, read before and after the
 * run: H2's stores and the bytes it wrote to its file, or PostgreSQL's write-ahead log
 * and the CPU of its server, which runs on the same cores as the hub.
 */
interface DatabaseMeter {

	/** The meter of the database the data source connects to. */
	static DatabaseMeter of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return "H2".equals(product) ? new H2(dataSource)
					: new Postgres(dataSource, TestPostgres.shared().serverPid());
		}
	}

	/** Takes the first reading. */
	void start() throws SQLException;

	/** What happened since {@link #start()}, per document, as lines to print. */
	List<String> report(int documents) throws SQLException;

	/** The processes besides this JVM whose disk syncs count: the database server's. */
	default List<Long> serverProcesses() {
		return List.of();
	}

	/**
	 * H2's counts: a store writes every change committed since the last one as a new
	 * chunk at the end of its file, copying each changed B-tree page whole with its
	 * parents up to the root.
	 */
	final class H2 implements DatabaseMeter {

		private final DataSource dataSource;

		private long[] first;

		H2(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		@Override
		public void start() throws SQLException {
			this.first = reading();
		}

		@Override
		public List<String> report(int documents) throws SQLException {
			long[] last = reading();
			return List.of(String.format(
					"%.2f database stores per document, %.0f KB written to its file per document; the file has %,d MB",
					(double) (last[0] - this.first[0]) / documents, (last[1] - this.first[1]) / 1024.0 / documents,
					last[2] >> 20));
		}

		/** Stores, bytes written, file size. */
		private long[] reading() throws SQLException {
			try (Connection connection = this.dataSource.getConnection()) {
				SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
				MVStore store = session.getDatabase().getStore().getMvStore();
				Map<String, String> info = new TreeMap<>();
				store.getFileStore().populateInfo(info::put);
				return new long[] { store.getCurrentVersion(), Long.parseLong(info.get("info.FILE_WRITE_BYTES")),
						store.getFileStore().size() };
			}
		}

	}

	/**
	 * PostgreSQL's counts, from its statistics ({@code pg_stat_wal}) and from the
	 * operating system for the CPU of its processes.
	 */
	final class Postgres implements DatabaseMeter {

		private final DataSource dataSource;

		private final long serverPid;

		private long[] first;

		private Duration firstCpu;

		Postgres(DataSource dataSource, long serverPid) {
			this.dataSource = dataSource;
			this.serverPid = serverPid;
		}

		@Override
		public void start() throws SQLException {
			this.first = reading();
			this.firstCpu = serverCpu();
		}

		@Override
		public List<String> report(int documents) throws SQLException {
			long[] last = reading();
			Duration cpu = serverCpu().minus(this.firstCpu);
			return List.of(
					String.format("%.2f ms of CPU per document in the PostgreSQL server, beside the hub's",
							cpu.toNanos() / 1e6 / documents),
					String.format("%.2f write-ahead log syncs and %.1f KB of log per document",
							(double) (last[1] - this.first[1]) / documents,
							(last[0] - this.first[0]) / 1024.0 / documents));
		}

		@Override
		public List<Long> serverProcesses() {
			return server().map(ProcessHandle::pid).toList();
		}

		/** Bytes of write-ahead log, its syncs. */
		private long[] reading() throws SQLException {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery(
							"""
									select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, wal_sync from pg_stat_wal""")) {
				row.next();
				return new long[] { row.getLong(1), row.getLong(2) };
			}
		}

		private Duration serverCpu() {
			return server().map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
				.reduce(Duration.ZERO, Duration::plus);
		}

		/**
		 * The server and the processes it started: a backend per connection, its writers.
		 */
		private Stream<ProcessHandle> server() {
			ProcessHandle postmaster = ProcessHandle.of(this.serverPid)
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL server with pid " + this.serverPid));
			return Stream.concat(Stream.of(postmaster), postmaster.descendants());
		}

	}

}
