package io.tradehub.action;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.pipeline.Portal.PortalVerdict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Idempotency-Keys of a company's actions and what each one made. Each statement
 * commits on its own: a claim must be seen by a retry that arrives while the first
 * request still waits for the pipeline's verdict. Keys are kept for the retention (a day
 * by default) and then purged, as clients retry within minutes.
 */
@Component
class IdempotencyKeys {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration retention;

	IdempotencyKeys(JdbcTemplate jdbc, Clock clock,
			@Value("${tradehub.actions.idempotency-retention:P1D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Claims the key for a request.
	 * @return empty when the claim is this request's, else the key as an earlier request
	 * left it
	 */
	Optional<Claim> claim(UUID companyId, String key, String fingerprint) {
		try {
			this.jdbc.update(
					"insert into idempotency_key (company_id, idempotency_key, fingerprint, claimed_at)"
							+ " values (?, ?, ?, ?)",
					companyId, key, fingerprint, Timestamp.from(this.clock.instant()));
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			// purged between the insert and the read: claim it again
			return find(companyId, key).or(() -> claim(companyId, key, fingerprint));
		}
	}

	/**
	 * Takes over a claim whose request never finished (its hub died while waiting): only
	 * one of several retries gets it, the one whose update still finds the old claim.
	 */
	boolean takeOver(UUID companyId, String key, Instant claimedAt) {
		return this.jdbc.update(
				"update idempotency_key set claimed_at = ? where company_id = ? and idempotency_key = ?"
						+ " and hub_id is null and claimed_at = ?",
				Timestamp.from(this.clock.instant()), companyId, key, Timestamp.from(claimedAt)) == 1;
	}

	void complete(UUID companyId, String key, ActionResult result) {
		this.jdbc.update(
				"update idempotency_key set hub_id = ?, document_number = ?, verdict = ?, reason = ?"
						+ " where company_id = ? and idempotency_key = ?",
				result.hubId(), result.documentNumber(), result.status().name(), result.reason(), companyId, key);
	}

	/** Frees the key of a request that made no document, so it can be sent again. */
	void release(UUID companyId, String key) {
		this.jdbc.update("delete from idempotency_key where company_id = ? and idempotency_key = ? and hub_id is null",
				companyId, key);
	}

	@Scheduled(fixedDelayString = "${tradehub.actions.idempotency-purge-interval:PT1H}",
			initialDelayString = "${tradehub.actions.idempotency-purge-interval:PT1H}")
	void purge() {
		int purged = this.jdbc.update("delete from idempotency_key where claimed_at < ?",
				Timestamp.from(this.clock.instant().minus(this.retention)));
		if (purged > 0) {
			log.debug("Purged {} idempotency keys older than {}", purged, this.retention);
		}
	}

	private Optional<Claim> find(UUID companyId, String key) {
		List<Claim> found = this.jdbc.query(
				"select fingerprint, hub_id, document_number, verdict, reason, claimed_at from idempotency_key"
						+ " where company_id = ? and idempotency_key = ?",
				(rs, row) -> new Claim(rs.getString("fingerprint"), rs.getObject("hub_id", UUID.class),
						rs.getString("document_number"),
						(rs.getString("verdict") != null) ? PortalVerdict.Status.valueOf(rs.getString("verdict"))
								: null,
						rs.getString("reason"), rs.getTimestamp("claimed_at").toInstant()),
				companyId, key);
		return found.stream().findFirst();
	}

	/**
	 * A key as an earlier request left it.
	 *
	 * @param fingerprint the hash of that request's action and body
	 * @param hubId the document it made, or null while it is still at work
	 * @param documentNumber that document's number
	 * @param verdict the pipeline's verdict when it answered
	 * @param reason why the pipeline refused it
	 * @param claimedAt when the request claimed the key
	 */
	record Claim(String fingerprint, @Nullable UUID hubId, @Nullable String documentNumber,
			PortalVerdict.@Nullable Status verdict, @Nullable String reason, Instant claimedAt) {

		boolean finished() {
			return this.hubId != null;
		}

	}

}
