package io.tradehub.shared.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes a commit to the embedded H2 database durable before it returns. H2 writes a
 * commit to its file before it returns (WRITE_DELAY=0, application.yml) but never forces
 * the file to disk, as its documentation says under "Durability Problems": a commit
 * survived a crash of the hub's process, not one of its machine, though the channel had
 * been acknowledged. Each commit that wrote now waits for a force that covers it
 * ({@link GroupSync}), and so does a connection that wrote in auto-commit mode, before it
 * is closed. A read-only transaction (Spring's {@code readOnly}) forces nothing.
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

	SyncingDataSource(DataSource target) {
		super(target);
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
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	private Connection synced(Connection connection) throws SQLException {
		if (this.other) {
			return connection;
		}
		GroupSync current = this.sync;
		if (current == null || current.store().isClosed()) {
			MVStore store = H2Stores.onDisk(connection);
			if (store == null) {
				this.other = true;
				return connection;
			}
			current = new GroupSync(store);
			this.sync = current;
		}
		return (Connection) Proxy.newProxyInstance(SyncingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new SyncingConnection(connection, current));
	}

	/** A connection that waits for its commits to be on disk. */
	private static final class SyncingConnection implements InvocationHandler {

		private final Connection connection;

		private final GroupSync sync;

		/** The store's version when this connection last had nothing unforced. */
		private long settled;

		/** Whether a statement ran since then. */
		private boolean used;

		private boolean readOnly;

		SyncingConnection(Connection connection, GroupSync sync) {
			this.connection = connection;
			this.sync = sync;
			this.settled = sync.store().getCurrentVersion();
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "prepareStatement", "createStatement", "prepareCall":
					this.used = true;
					break;
				case "setReadOnly":
					this.readOnly = (Boolean) args[0];
					break;
				case "commit":
					call(method, args);
					settle(!this.readOnly);
					return null;
				case "rollback":
					if (args == null) {
						call(method, args);
						settle(false);
						return null;
					}
					break;
				case "close":
					// what ran in auto-commit mode was committed statement by statement
					settle(this.used && !this.readOnly);
					break;
				default:
					break;
			}
			return call(method, args);
		}

		/**
		 * A transaction that wrote made H2 store at least once after it began, so a store
		 * version unchanged since then means there is nothing of this connection to
		 * force.
		 */
		private void settle(boolean wrote) throws SQLException {
			MVStore store = this.sync.store();
			long version = store.getCurrentVersion();
			if (wrote && version != this.settled && !store.isClosed()) {
				try {
					this.sync.sync();
				}
				catch (RuntimeException ex) {
					// not acknowledged: the caller's channel hands its input over again
					throw new SQLException("The commit is written but could not be forced to disk: " + ex.getMessage(),
							ex);
				}
			}
			this.settled = version;
			this.used = false;
		}

		private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
