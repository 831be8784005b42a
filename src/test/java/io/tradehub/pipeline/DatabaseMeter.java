package io.tradehub.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.tradehub.test.TestPostgres;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * What the benchmark's database did for the documents measured, read before and after the
 * run: H2's stores and the bytes it wrote to its file, or PostgreSQL's write-ahead log
 * and the CPU of its server, which runs on the same cores as the hub.
 */
abstract class DatabaseMeter<R> {

	private @Nullable R first;

	/** The meter of the database the data source connects to. */
	static DatabaseMeter<?> of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return "H2".equals(product) ? new H2(dataSource)
					: new Postgres(dataSource, TestPostgres.shared().serverPid());
		}
	}

	/** Takes the first reading. */
	final void start() throws SQLException {
		this.first = reading();
	}

	/** What happened since {@link #start()}, per document, as lines to print. */
	final List<String> report(int documents) throws SQLException {
		return report(Objects.requireNonNull(this.first, "not started"), reading(), documents);
	}

	/** The processes besides this JVM whose disk syncs count: the database server's. */
	List<Long> serverProcesses() {
		return List.of();
	}

	abstract R reading() throws SQLException;

	abstract List<String> report(R first, R last, int documents);

	/**
	 * H2's counts: a store writes every change committed since the last one as a new
	 * chunk at the end of its file, copying each changed B-tree page whole with its
	 * parents up to the root.
	 */
	static final class H2 extends DatabaseMeter<H2.Reading> {

		private final DataSource dataSource;

		H2(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		@Override
		List<String> report(Reading first, Reading last, int documents) {
			return List.of(String.format(
					"%.2f database stores per document, %.0f KB written to its file per document; the file has %,d MB",
					(double) (last.stores() - first.stores()) / documents,
					(last.bytesWritten() - first.bytesWritten()) / 1024.0 / documents, last.fileSize() >> 20));
		}

		@Override
		Reading reading() throws SQLException {
			try (Connection connection = this.dataSource.getConnection()) {
				SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
				MVStore store = session.getDatabase().getStore().getMvStore();
				Map<String, String> info = new TreeMap<>();
				store.getFileStore().populateInfo(info::put);
				return new Reading(store.getCurrentVersion(), Long.parseLong(info.get("info.FILE_WRITE_BYTES")),
						store.getFileStore().size());
			}
		}

		record Reading(long stores, long bytesWritten, long fileSize) {
		}

	}

	/**
	 * PostgreSQL's counts, from its statistics ({@code pg_stat_wal}) and from the
	 * operating system for the CPU of its processes.
	 */
	static final class Postgres extends DatabaseMeter<Postgres.Reading> {

		private final DataSource dataSource;

		private final long serverPid;

		Postgres(DataSource dataSource, long serverPid) {
			this.dataSource = dataSource;
			this.serverPid = serverPid;
		}

		@Override
		List<String> report(Reading first, Reading last, int documents) {
			return List.of(
					String.format("%.2f ms of CPU per document in the PostgreSQL server, beside the hub's",
							last.serverCpu().minus(first.serverCpu()).toNanos() / 1e6 / documents),
					String.format("%.2f write-ahead log syncs and %.1f KB of log per document",
							(double) (last.logSyncs() - first.logSyncs()) / documents,
							(last.logBytes() - first.logBytes()) / 1024.0 / documents));
		}

		@Override
		List<Long> serverProcesses() {
			return server().map(ProcessHandle::pid).toList();
		}

		@Override
		Reading reading() throws SQLException {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery(
							"""
									select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, wal_sync from pg_stat_wal""")) {
				row.next();
				return new Reading(row.getLong(1), row.getLong(2), serverCpu());
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

		/**
		 * Bytes of write-ahead log so far, its syncs, and the CPU of the server's
		 * processes.
		 */
		record Reading(long logBytes, long logSyncs, Duration serverCpu) {
		}

	}

}
