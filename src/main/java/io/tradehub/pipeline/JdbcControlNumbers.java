package io.tradehub.pipeline;

import io.tradehub.format.ControlNumbers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control numbers in the database, shared by every hub instance: the row lock of the
 * update makes them unique, and each is taken in its own short transaction so a delivery
 * in progress never holds the partner's counter. A number whose document then fails to be
 * written is skipped, which partners accept: numbers must be unique and increasing, not
 * gapless.
 */
@Component
class JdbcControlNumbers implements ControlNumbers {

	/** Enough for a first number racing another instance's, which has then committed. */
	private static final int TRIES = 3;

	private final JdbcTemplate jdbc;

	JdbcControlNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long next(String partnerKey, Kind kind) {
		for (int i = 0; i < TRIES; i++) {
			if (increment(partnerKey, kind) == 1) {
				Long value = this.jdbc.queryForObject(
						"select last_value from control_number where partner_key = ? and kind = ?", Long.class,
						partnerKey, kind.name());
				return (value != null) ? value : 0;
			}
			if (insertFirst(partnerKey, kind)) {
				return 1;
			}
		}
		throw new IllegalStateException("Could not take a " + kind + " control number for " + partnerKey);
	}

	/**
	 * A failed insert would abort the whole transaction on PostgreSQL, so a row another
	 * instance made first is a conflict that inserts nothing; PostgreSQL waits for that
	 * row's commit, H2 may refuse at once, and the next round counts on it either way.
	 */
	private boolean insertFirst(String partnerKey, Kind kind) {
		try {
			return this.jdbc.update("insert into control_number (partner_key, kind, last_value) values (?, ?, 1)"
					+ " on conflict do nothing", partnerKey, kind.name()) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private int increment(String partnerKey, Kind kind) {
		return this.jdbc.update(
				"update control_number set last_value = last_value + 1 where partner_key = ? and kind = ?", partnerKey,
				kind.name());
	}

}
