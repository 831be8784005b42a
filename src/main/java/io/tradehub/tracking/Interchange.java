package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One interchange read from a receipt, unique per sender and control reference; it is
 * inserted by {@link Interchanges#register}, which lets the constraint decide.
 */
@Entity
@Table(name = "interchange")
class Interchange {

	@Id
	private UUID id;

	private UUID receiptId;

	private UUID senderCompanyId;

	private String controlReference;

	private Instant registeredAt;

	protected Interchange() {
	}

	UUID id() {
		return this.id;
	}

	UUID receiptId() {
		return this.receiptId;
	}

}
