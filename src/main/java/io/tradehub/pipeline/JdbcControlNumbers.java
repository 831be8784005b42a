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

	private final JdbcTemplate jdbc;

	JdbcControlNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long next(String partnerKey, Kind kind) {
		if (increment(partnerKey, kind) == 0) {
			try {
				this.jdbc.update("insert into control_number (partner_key, kind, last_value) values (?, ?, 1)",
						partnerKey, kind.name());
				return 1;
			}
			catch (DuplicateKeyException ex) {
				// Another instance made the row first; it is there to count on now.
				increment(partnerKey, kind);
			}
		}
		Long value = this.jdbc.queryForObject(
				"select last_value from control_number where partner_key = ? and kind = ?", Long.class, partnerKey,
				kind.name());
		return (value != null) ? value : 0;
	}

	private int increment(String partnerKey, Kind kind) {
		return this.jdbc.update(
				"update control_number set last_value = last_value + 1 where partner_key = ? and kind = ?", partnerKey,
				kind.name());
	}

}
