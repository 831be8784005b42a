package io.tradehub.tracking;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The raw bytes of a receipt, kept apart so that changing a receipt's state never loads
 * them.
 */
@Entity
@Table(name = "receipt_raw")
class RawContent extends AssignedId {

	@Id
	@Column(name = "receipt_id")
	private UUID receiptId;

	private byte[] bytes;

	protected RawContent() {
	}

	@Override
	public UUID getId() {
		return this.receiptId;
	}

	RawContent(UUID receiptId, byte[] bytes) {
		this.receiptId = receiptId;
		this.bytes = bytes;
	}

	byte[] bytes() {
		return this.bytes;
	}

}
