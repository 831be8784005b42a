package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One change of state of a receipt or of a document, with when and why. Events are
 * numbered as the database writes them, so that two of one instant keep their order.
 */
@Entity
@Table(name = "tracking_event")
class TrackingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable UUID receiptId;

	private @Nullable UUID documentId;

	private Instant at;

	private @Nullable String fromStatus;

	private String toStatus;

	private @Nullable String reason;

	protected TrackingEvent() {
	}

	TrackingEvent(@Nullable UUID receiptId, @Nullable UUID documentId, @Nullable Enum<?> from, Enum<?> to,
			@Nullable String reason, Instant at) {
		this.receiptId = receiptId;
		this.documentId = documentId;
		this.fromStatus = (from != null) ? from.name() : null;
		this.toStatus = to.name();
		this.reason = Texts.cut(reason, 2000);
		this.at = at;
	}

	Change view() {
		return new Change(this.at, this.fromStatus, this.toStatus, this.reason);
	}

	/**
	 * A change of state as partners see it.
	 */
	public record Change(Instant at, @Nullable String from, String to, @Nullable String reason) {
	}

}
