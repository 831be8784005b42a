package io.tradehub.shared.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes a commit to the embedded H2 database durable before it returns. H2 keeps no redo
 * log: a commit is safe once H2 stored it in its file and the file is forced to disk.
 * With the hub's settings (WRITE_DELAY, application.yml) H2 stores a commit by itself
 * only a second later, and it never forces its file, as its documentation says under
 * "Durability Problems". Each commit of a transaction that changed something now waits
 * for a store and a force that cover it ({@link GroupSync}), and so does a connection
 * that ran a statement other than a query in auto-commit mode, before it is closed. Work
 * that only read waits for nothing.
 * <p>
 * Connections to any other database (PostgreSQL, whose commits are durable, or H2 in
 * memory) are handed out as they are.
 */
final class SyncingDataSource extends DelegatingDataSource implements AutoCloseable {

	/** The sync of the database's store; null until the first connection tells. */
	private volatile @Nullable GroupSync sync;

	/**
	 * Whether the database is another than H2 on disk, known from the first connection.
	 */
	private volatile boolean other;

	/** How long a store waits for more commits to join it. */
	private final Duration commitDelay;

	SyncingDataSource(DataSource target, Duration commitDelay) {
		super(target);
		this.commitDelay = commitDelay;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return synced(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return synced(obtainTargetDataSource().getConnection(username, password));
	}

	/** Spring closes the pool through this, as it would the pool itself. */
	@Override
	public void close() throws Exception {
		GroupSync current = this.sync;
		if (current != null) {
			current.close();
		}
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	/**
	 * The sync of the store the session has, the first or one opened since the last
	 * closed.
	 */
	private synchronized GroupSync reopened(SessionLocal session) {
		GroupSync current = this.sync;
		if (current != null && !current.store().isClosed()) {
			return current;
		}
		if (current != null) {
			current.close();
		}
		current = new GroupSync(session.getDatabase().getStore().getMvStore(), this.commitDelay);
		this.sync = current;
		return current;
	}

	private Connection synced(Connection connection) throws SQLException {
		if (this.other) {
			return connection;
		}
		SessionLocal session = H2Stores.sessionOnDisk(connection);
		if (session == null) {
			this.other = true;
			return connection;
		}
		GroupSync current = this.sync;
		if (current == null || current.store().isClosed()) {
			current = reopened(session);
		}
		return (Connection) Proxy.newProxyInstance(SyncingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new SyncingConnection(connection, session, current));
	}

	/** A connection that waits for its commits to be on disk. */
	private static final class SyncingConnection implements InvocationHandler {

		private final Connection connection;

		private final SessionLocal session;

		private final GroupSync sync;

		/** Whether a statement wrote in auto-commit mode since the last force. */
		private boolean autoCommitted;

		SyncingConnection(Connection connection, SessionLocal session, GroupSync sync) {
			this.connection = connection;
			this.session = session;
			this.sync = sync;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "commit":
					return commit(method, args);
				case "setAutoCommit":
					// turned on, it commits what is pending
					return ((Boolean) args[0] && !this.connection.getAutoCommit()) ? commit(method, args)
							: call(method, args);
				case "createStatement", "prepareStatement", "prepareCall":
					Object statement = call(method, args);
					return this.connection.getAutoCommit() ? autoCommitting((Statement) statement) : statement;
				case "close":
					if (this.autoCommitted) {
						force();
					}
					break;
				default:
					break;
			}
			return call(method, args);
		}

		/**
		 * Forces what the transaction wrote, once H2 committed it; nothing if it wrote
		 * nothing.
		 */
		private @Nullable Object commit(Method method, @Nullable Object[] args) throws Throwable {
			boolean wrote = this.session.hasPendingTransaction();
			Object result = call(method, args);
			if (wrote) {
				force();
			}
			return result;
		}

		/**
		 * A statement that notes when it may have written; only queries write nothing.
		 */
		private Statement autoCommitting(Statement statement) {
			Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class
					: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
			return (Statement) Proxy.newProxyInstance(SyncingDataSource.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> switch (method.getName()) {
						case "equals" -> proxy == args[0];
						case "hashCode" -> System.identityHashCode(proxy);
						case "executeQuery" -> SyncingDataSource.call(statement, method, args);
						default -> {
							if (method.getName().startsWith("execute")) {
								this.autoCommitted = true;
							}
							yield SyncingDataSource.call(statement, method, args);
						}
					});
		}

		private void force() throws SQLException {
			this.autoCommitted = false;
			if (this.sync.store().isClosed()) {
				return;
			}
			try {
				this.sync.sync();
			}
			catch (RuntimeException ex) {
				// not acknowledged: the caller's channel hands its input over again
				throw new SQLException("The commit could not be stored and forced to disk: " + ex.getMessage(), ex);
			}
		}

		private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
			return SyncingDataSource.call(this.connection, method, args);
		}

	}

	private static @Nullable Object call(Object target, Method method, @Nullable Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
