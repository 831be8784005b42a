package io.tradehub.tracking;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.NotFoundException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw archive: what a channel received is kept, byte for byte, before anything reads
 * it, and each receipt is then read or refused once.
 */
@Service
public class Receipts {

	/** Enough for a take of an input racing another one, which has then committed. */
	private static final int TRIES = 3;

	private final ReceiptRepository receipts;

	private final RawContentRepository raws;

	private final TrackingEventRepository events;

	private final TrackingProperties properties;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final JdbcTemplate jdbc;

	Receipts(ReceiptRepository receipts, RawContentRepository raws, TrackingEventRepository events,
			TrackingProperties properties, ObjectMapper json, Clock clock, PlatformTransactionManager transactions,
			JdbcTemplate jdbc) {
		this.receipts = receipts;
		this.raws = raws;
		this.events = events;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jdbc = jdbc;
	}

	/**
	 * Archives the input and commits its receipt in a transaction of its own, even inside
	 * the caller's: once this returns, the channel may be acknowledged. An input whose
	 * {@linkplain Inbound#sourceKey() source key} the channel already has a receipt for
	 * is not archived again: its receipt is answered, so a channel that hands the same
	 * input over twice (after a crash between this commit and its own) makes one receipt.
	 * @return the receipt's hub id
	 * @throws OversizeInputException when the input is larger than
	 * {@code tradehub.tracking.max-file-size}; it is archived and committed as a refused
	 * receipt all the same, so the channel may still be acknowledged
	 * @throws ConflictException when the source key names a receipt of other content
	 */
	public UUID receive(Inbound inbound) {
		long limit = this.properties.maxFileSize().toBytes();
		boolean oversize = inbound.bytes().length > limit;
		String sha256 = sha256(inbound.bytes());
		Receipt receipt = (inbound.sourceKey() != null) ? archiveOnce(inbound, sha256, oversize)
				: archive(inbound, sha256, oversize);
		if (oversize) {
			throw new OversizeInputException(receipt.id(), receipt.fileName(), inbound.bytes().length, limit);
		}
		return receipt.id();
	}

	/**
	 * The unique (channel, source key) decides between two takes of one input, on one hub
	 * or two: the second insert fails, its own transaction is rolled back with nothing
	 * else in it, and the next round answers the receipt the first take committed.
	 * PostgreSQL makes the second insert wait for the first to commit; H2 refuses it at
	 * once, so the first may still be uncommitted in the next round, hence more than one.
	 * Looking first keeps the usual redelivery free of a failing insert.
	 */
	private Receipt archiveOnce(Inbound inbound, String sha256, boolean oversize) {
		String sourceKey = Receipt.storedSourceKey(inbound.sourceKey());
		for (int i = 0; i < TRIES; i++) {
			Optional<Receipt> known = known(Texts.cut(inbound.channel(), 200), sourceKey);
			if (known.isPresent()) {
				return same(known.get(), sha256);
			}
			try {
				return archive(inbound, sha256, oversize);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// taken at the same moment elsewhere: the next round finds its receipt
				continue;
			}
		}
		throw new IllegalStateException("Could not archive " + inbound.fileName() + " of channel " + inbound.channel()
				+ " once under its key " + sourceKey + "; the channel will hand it over again");
	}

	/**
	 * Asked for every input: in SQL, as a derived query costs Hibernate more than the
	 * lookup costs the database; only a redelivered input loads its receipt.
	 */
	private Optional<Receipt> known(String channel, String sourceKey) {
		List<UUID> ids = this.jdbc.queryForList("select id from receipt where channel = ? and source_key = ?",
				UUID.class, channel, sourceKey);
		return ids.isEmpty() ? Optional.empty() : this.receipts.findById(ids.get(0));
	}

	/**
	 * A source key names one input: the same key with other bytes is a mistake of the
	 * sender (an HTTP caller reusing its Idempotency-Key), not a copy to drop.
	 */
	private static Receipt same(Receipt known, String sha256) {
		if (!known.sha256().equals(sha256)) {
			// not the key as stored, which for an HTTP caller is scoped to its company:
			// the caller knows what it sent, the operator finds it on the receipt row
			throw new ConflictException("The key was already used for receipt " + known.id() + " (" + known.fileName()
					+ ") with other content; send a new file with a new key");
		}
		return known;
	}

	private Receipt archive(Inbound inbound, String sha256, boolean oversize) {
		return this.ownTransaction.execute(status -> {
			Instant now = this.clock.instant();
			Receipt received = this.receipts.saveAndFlush(new Receipt(inbound, sha256, now));
			this.raws.save(new RawContent(received.id(), inbound.bytes()));
			this.events.save(new TrackingEvent(received.id(), null, null, ReceiptStatus.RECEIVED, null, now));
			if (oversize) {
				String reason = "The file has " + inbound.bytes().length + " bytes, more than the "
						+ this.properties.maxFileSize().toBytes() + " bytes the hub reads.";
				received.refuse(reason, null);
				this.events.save(new TrackingEvent(received.id(), null, ReceiptStatus.RECEIVED, ReceiptStatus.REFUSED,
						reason, now));
			}
			return received;
		});
	}

	/**
	 * Marks the receipt read in the given format; again on a read receipt does nothing.
	 * @return whether it changed
	 * @throws io.tradehub.shared.IllegalTransitionException when it was refused
	 */
	@Transactional
	public boolean read(UUID receiptId, String format) {
		Receipt receipt = load(receiptId);
		ReceiptStatus from = receipt.status();
		boolean changed = receipt.read(format);
		if (changed) {
			this.events
				.save(new TrackingEvent(receiptId, null, from, ReceiptStatus.READ, format, this.clock.instant()));
		}
		return changed;
	}

	/**
	 * Refuses the receipt as a whole, with the positioned problems that made it
	 * unreadable (stored as JSON); again on a refused receipt does nothing.
	 * @return whether it changed
	 * @throws io.tradehub.shared.IllegalTransitionException when it was read
	 */
	@Transactional
	public boolean refuse(UUID receiptId, String reason, List<?> problems) {
		Receipt receipt = load(receiptId);
		ReceiptStatus from = receipt.status();
		boolean changed = receipt.refuse(reason, problems.isEmpty() ? null : json(problems));
		if (changed) {
			this.events
				.save(new TrackingEvent(receiptId, null, from, ReceiptStatus.REFUSED, reason, this.clock.instant()));
		}
		return changed;
	}

	/**
	 * Records the company the receipt comes from, as the channel or the interchange
	 * identified it; the first identification stays.
	 */
	@Transactional
	public void identify(UUID receiptId, UUID senderCompanyId) {
		load(receiptId).identify(senderCompanyId);
	}

	/**
	 * The receipt, its row locked until the caller's transaction ends. Two messages of
	 * one receipt (a redelivery, the sweeper's hand-on of one still queued) may be taken
	 * at once by two consumers or two hubs; the second waits here and then sees what the
	 * first committed, instead of reading the receipt again only to fail on its version
	 * and be redelivered.
	 * <p>
	 * The lock is plain SQL: as a locking JPQL query it cost the read stage a twentieth
	 * of its CPU in query planning, where loading by id afterwards costs next to nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReceiptView claim(UUID receiptId) {
		if (this.jdbc.queryForList("select id from receipt where id = ? for update", UUID.class, receiptId).isEmpty()) {
			throw new NotFoundException("receipt", receiptId);
		}
		return load(receiptId).view();
	}

	@Transactional(readOnly = true)
	public ReceiptView get(UUID receiptId) {
		return load(receiptId).view();
	}

	/** The bytes exactly as received. */
	@Transactional(readOnly = true)
	public byte[] raw(UUID receiptId) {
		return this.raws.findById(receiptId).orElseThrow(() -> new NotFoundException("receipt", receiptId)).bytes();
	}

	/**
	 * Receipts still waiting to be read, received before the given instant, oldest first:
	 * work a crashed stage left behind.
	 */
	@Transactional(readOnly = true)
	public List<UUID> stalled(Instant receivedBefore, int limit) {
		return this.receipts.findIds(ReceiptStatus.RECEIVED, receivedBefore, Limit.of(limit));
	}

	private Receipt load(UUID receiptId) {
		return this.receipts.findById(receiptId).orElseThrow(() -> new NotFoundException("receipt", receiptId));
	}

	private String json(List<?> problems) {
		try {
			return this.json.writeValueAsString(problems);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Problems that cannot be written as JSON: " + ex.getMessage(), ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
