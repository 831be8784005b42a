package io.tradehub.tracking;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.Registration.Duplicate;
import io.tradehub.tracking.Registration.Registered;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate ownTransaction;

	Interchanges(InterchangeRepository interchanges, ReceiptRepository receipts, Receipts receiptService, Clock clock,
			PlatformTransactionManager transactions) {
		this.interchanges = interchanges;
		this.receipts = receipts;
		this.receiptService = receiptService;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Registers the interchange, or says whose it duplicates. The unique constraint
	 * decides, in a transaction of its own so that its violation spoils nothing of the
	 * caller's; registering again from the same receipt (a redelivery) answers the same
	 * registration. Also identifies the receipt as the sender's.
	 */
	public Registration register(UUID receiptId, UUID senderCompanyId, String controlReference) {
		Objects.requireNonNull(controlReference, "controlReference");
		if (controlReference.isBlank() || controlReference.length() > 100) {
			throw new IllegalArgumentException("A control reference has 1 to 100 characters: " + controlReference);
		}
		if (!this.receipts.existsById(receiptId)) {
			throw new NotFoundException("receipt", receiptId);
		}
		for (int i = 0; i < TRIES; i++) {
			Optional<Registration> known = this.ownTransaction
				.execute(status -> known(receiptId, senderCompanyId, controlReference));
			if (known.isPresent()) {
				return identified(receiptId, senderCompanyId, known.get());
			}
			try {
				Registration registered = this.ownTransaction.execute(status -> new Registered(this.interchanges
					.saveAndFlush(new Interchange(receiptId, senderCompanyId, controlReference, this.clock.instant()))
					.id()));
				return identified(receiptId, senderCompanyId, registered);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another registration of the same reference won; the next round reads
				// it.
			}
		}
		throw new IllegalStateException(
				"Could not register interchange " + controlReference + " of " + senderCompanyId);
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
