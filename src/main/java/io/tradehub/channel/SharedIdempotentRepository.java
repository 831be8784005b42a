package io.tradehub.channel;

import java.sql.Timestamp;
import java.time.Instant;

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

	/**
	 * Removes this repository's keys added before the given instant, on every hub's
	 * behalf; a key another hub removes at the same moment is simply gone.
	 * @return how many were removed
	 */
	int expire(Instant addedBefore) {
		return getJdbcTemplate().update("delete from camel_messageprocessed where processorname = ? and createdat < ?",
				getProcessorName(), Timestamp.from(addedBefore));
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
