package io.tradehub.tracking;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradehub.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw archive: what a channel received is kept, byte for byte, before anything reads
 * it, and each receipt is then read or refused once.
 */
@Service
public class Receipts {

	private final ReceiptRepository receipts;

	private final RawContentRepository raws;

	private final TrackingEventRepository events;

	private final TrackingProperties properties;

	private final ObjectMapper json;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	Receipts(ReceiptRepository receipts, RawContentRepository raws, TrackingEventRepository events,
			TrackingProperties properties, ObjectMapper json, Clock clock, PlatformTransactionManager transactions) {
		this.receipts = receipts;
		this.raws = raws;
		this.events = events;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Archives the input and commits its receipt in a transaction of its own, even inside
	 * the caller's: once this returns, the channel may be acknowledged.
	 * @return the receipt's hub id
	 * @throws OversizeInputException when the input is larger than
	 * {@code tradehub.tracking.max-file-size}; it is archived and committed as a refused
	 * receipt all the same, so the channel may still be acknowledged
	 */
	public UUID receive(Inbound inbound) {
		long limit = this.properties.maxFileSize().toBytes();
		boolean oversize = inbound.bytes().length > limit;
		Receipt receipt = this.ownTransaction.execute(status -> {
			Instant now = this.clock.instant();
			Receipt received = this.receipts.save(new Receipt(inbound, sha256(inbound.bytes()), now));
			this.raws.save(new RawContent(received.id(), inbound.bytes()));
			this.events.save(new TrackingEvent(received.id(), null, null, ReceiptStatus.RECEIVED, null, now));
			if (oversize) {
				String reason = "The file has " + inbound.bytes().length + " bytes, more than the " + limit
						+ " bytes the hub reads.";
				received.refuse(reason, null);
				this.events.save(new TrackingEvent(received.id(), null, ReceiptStatus.RECEIVED, ReceiptStatus.REFUSED,
						reason, now));
			}
			return received;
		});
		if (oversize) {
			throw new OversizeInputException(receipt.id(), receipt.fileName(), inbound.bytes().length, limit);
		}
		return receipt.id();
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

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
