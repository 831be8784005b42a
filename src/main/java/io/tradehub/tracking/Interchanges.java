package io.tradehub.tracking;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.Registration.Duplicate;
import io.tradehub.tracking.Registration.Registered;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers each interchange read from a receipt, so that the same control reference from
 * the same sender is taken once, whichever hub instance reads it.
 */
@Service
public class Interchanges {

	/** Enough for a registration racing another one, which has then committed. */
	private static final int TRIES = 3;

	private final InterchangeRepository interchanges;

	private final ReceiptRepository receipts;

	private final Receipts receiptService;

	private final Clock clock;

	private final JdbcClient jdbc;

	Interchanges(InterchangeRepository interchanges, ReceiptRepository receipts, Receipts receiptService, Clock clock,
			JdbcClient jdbc) {
		this.interchanges = interchanges;
		this.receipts = receipts;
		this.receiptService = receiptService;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Registers the interchange, or says whose it duplicates. The unique constraint
	 * decides: the insert does nothing when the sender's reference is taken, so nothing
	 * of the caller's transaction is spoilt, and a registration made in it is undone with
	 * it. Registering again from the same receipt (a redelivery) answers the same
	 * registration. Also identifies the receipt as the sender's.
	 */
	@Transactional
	public Registration register(UUID receiptId, UUID senderCompanyId, String controlReference) {
		Objects.requireNonNull(controlReference, "controlReference");
		if (controlReference.isBlank() || controlReference.length() > 100) {
			throw new IllegalArgumentException("A control reference has 1 to 100 characters: " + controlReference);
		}
		// findById, not existsById: the reader has the receipt in its persistence context
		// already, where existsById would query the database.
		if (this.receipts.findById(receiptId).isEmpty()) {
			throw new NotFoundException("receipt", receiptId);
		}
		for (int i = 0; i < TRIES; i++) {
			UUID id = HubIds.next();
			try {
				if (insert(id, receiptId, senderCompanyId, controlReference)) {
					return identified(receiptId, senderCompanyId, new Registered(id));
				}
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// H2 refuses, where PostgreSQL waits, when a registration of the same
				// reference is not committed yet; the next round sees it.
				continue;
			}
			Optional<Registration> known = known(receiptId, senderCompanyId, controlReference);
			if (known.isPresent()) {
				return identified(receiptId, senderCompanyId, known.get());
			}
		}
		throw new IllegalStateException(
				"Could not register interchange " + controlReference + " of " + senderCompanyId);
	}

	private boolean insert(UUID id, UUID receiptId, UUID senderCompanyId, String controlReference) {
		return this.jdbc
			.sql("insert into interchange (id, receipt_id, sender_company_id, control_reference, registered_at)"
					+ " values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(id, receiptId, senderCompanyId, controlReference, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The interchange a sender sent with this control reference, if any. */
	public Optional<UUID> find(UUID senderCompanyId, String controlReference) {
		return this.interchanges.findBySenderCompanyIdAndControlReference(senderCompanyId, controlReference)
			.map(Interchange::id);
	}

	private Optional<Registration> known(UUID receiptId, UUID senderCompanyId, String controlReference) {
		return this.interchanges.findBySenderCompanyIdAndControlReference(senderCompanyId, controlReference)
			.map(interchange -> interchange.receiptId().equals(receiptId) ? new Registered(interchange.id())
					: new Duplicate(interchange.receiptId(),
							this.receipts.findById(interchange.receiptId()).map(Receipt::receivedAt).orElseThrow()));
	}

	private Registration identified(UUID receiptId, UUID senderCompanyId, Registration registration) {
		if (registration instanceof Registered) {
			this.receiptService.identify(receiptId, senderCompanyId);
		}
		return registration;
	}

}
