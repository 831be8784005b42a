package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.UUID;

import io.tradehub.partner.ConnectionState;
import io.tradehub.shared.HubIds;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * What request and order lifecycles share: the connection they belong to with its two
 * companies, when they began, and the version every change is checked against, so two
 * changes at once never both win.
 */
@MappedSuperclass
abstract class Lifecycle {

	@Id
	private UUID id;

	private UUID connectionId;

	private UUID supplierId;

	private UUID customerId;

	private Instant receivedAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Lifecycle() {
	}

	Lifecycle(ConnectionState connection, Instant receivedAt) {
		this.id = HubIds.next();
		this.connectionId = connection.connectionId();
		this.supplierId = connection.supplierId();
		this.customerId = connection.customerId();
		this.receivedAt = receivedAt;
		this.updatedAt = receivedAt;
	}

	/** Every change touches the row, so it counts against the version. */
	protected void changed(Instant now) {
		this.updatedAt = now;
	}

	/** Whether the company is the supplier or the customer of this lifecycle. */
	boolean involves(UUID companyId) {
		return this.supplierId.equals(companyId) || this.customerId.equals(companyId);
	}

	UUID id() {
		return this.id;
	}

	UUID connectionId() {
		return this.connectionId;
	}

	UUID supplierId() {
		return this.supplierId;
	}

	UUID customerId() {
		return this.customerId;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

}
