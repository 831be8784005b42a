package io.tradehub.action;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import io.tradehub.document.DocumentType;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of the documents the hub makes for a company's actions: {@code REQ} (order
 * request), {@code ORD} (order), {@code ANS} (answer) or {@code SHP} (shipment notice),
 * the year in the company's time zone and a counter of that company, prefix and year:
 * {@code ORD-2026-00042}. Unique per company across hub instances (the row lock of the
 * update), readable on a phone call, and short enough for every format's document number
 * (BGM 1004 takes 35 characters). A number whose document is then refused is not given
 * again, so numbers may skip.
 */
@Component
class DocumentNumbers {

	/** Enough for a first number racing another request's, which has then committed. */
	private static final int TRIES = 3;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DocumentNumbers(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	String next(UUID companyId, ZoneId zone, DocumentType type) {
		String prefix = prefix(type);
		int year = this.clock.instant().atZone(zone).getYear();
		for (int i = 0; i < TRIES; i++) {
			if (increment(companyId, prefix, year) == 1) {
				Long last = this.jdbc.queryForObject(
						"select last_value from action_number where company_id = ? and prefix = ? and number_year = ?",
						Long.class, companyId, prefix, year);
				return format(prefix, year, (last != null) ? last : 1);
			}
			if (insertFirst(companyId, prefix, year)) {
				return format(prefix, year, 1);
			}
		}
		throw new IllegalStateException("Could not take a " + prefix + " number of " + year + " for " + companyId);
	}

	/**
	 * A failed insert would abort the whole transaction on PostgreSQL, so a row another
	 * request made first is a conflict that inserts nothing; PostgreSQL waits for that
	 * row's commit, H2 may refuse at once, and the next round counts on it either way.
	 */
	private boolean insertFirst(UUID companyId, String prefix, int year) {
		try {
			return this.jdbc.update("insert into action_number (company_id, prefix, number_year, last_value)"
					+ " values (?, ?, ?, 1) on conflict do nothing", companyId, prefix, year) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private int increment(UUID companyId, String prefix, int year) {
		return this.jdbc.update(
				"update action_number set last_value = last_value + 1 where company_id = ? and prefix = ? and number_year = ?",
				companyId, prefix, year);
	}

	static String prefix(DocumentType type) {
		return switch (type) {
			case ORDER_REQUEST -> "REQ";
			case ORDER -> "ORD";
			case ANSWER -> "ANS";
			case SHIPMENT_NOTICE -> "SHP";
			default -> throw new IllegalArgumentException("The hub makes no " + type + " for an action");
		};
	}

	static String format(String prefix, int year, long value) {
		return String.format("%s-%d-%05d", prefix, year, value);
	}

}
