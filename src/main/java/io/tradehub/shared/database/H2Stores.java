package io.tradehub.shared.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/** Reaches the store of an H2 database through a connection to it. */
final class H2Stores {

	private H2Stores() {
	}

	/** The store of an H2 database on disk in this process; null for any other. */
	static @Nullable MVStore onDisk(Connection connection) throws SQLException {
		SessionLocal session = sessionOnDisk(connection);
		return (session != null) ? session.getDatabase().getStore().getMvStore() : null;
	}

	/**
	 * The connection's session of an H2 database on disk in this process; null for any
	 * other.
	 */
	static @Nullable SessionLocal sessionOnDisk(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class)
				|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
				|| !session.getDatabase().isPersistent()) {
			return null;
		}
		return session;
	}

}
