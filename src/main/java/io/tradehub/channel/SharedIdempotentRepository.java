package io.tradehub.channel;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The idempotent repository every file and mail channel of every hub shares, on the hub's
 * database (table {@code camel_messageprocessed}, made by Flyway). Camel's repository
 * reads before it inserts, so two hubs adding the same key at once both see it missing;
 * the primary key refuses the second insert, which here means "taken by another hub"
 * instead of an error.
 */
class SharedIdempotentRepository extends JdbcMessageIdRepository {

	static final String BEAN = "channelIdempotentRepository";

	SharedIdempotentRepository(DataSource dataSource) {
		super(dataSource, "tradehub-channels");
		// Flyway owns the schema (V3__channel_idempotency.sql).
		setCreateTableIfNotExists(false);
	}

	@Override
	public boolean add(String key) {
		try {
			return super.add(key);
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

}
