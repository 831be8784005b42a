package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

import io.tradehub.shared.HubIds;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One interchange read from a receipt, unique per sender and control reference.
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

	Interchange(UUID receiptId, UUID senderCompanyId, String controlReference, Instant now) {
		this.id = HubIds.next();
		this.receiptId = receiptId;
		this.senderCompanyId = senderCompanyId;
		this.controlReference = controlReference;
		this.registeredAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID receiptId() {
		return this.receiptId;
	}

}
