package io.tradehub.partner.connection;

import java.time.Instant;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.shared.HubIds;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step in a connection's life: what was done, by whom, when and why.
 */
@Entity
@Table(name = "connection_transition")
class ConnectionTransition {

	@Id
	private UUID id;

	private String action;

	@Enumerated(EnumType.STRING)
	private @Nullable ConnectionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ConnectionStatus toStatus;

	private @Nullable UUID byCompanyId;

	private String byName;

	private @Nullable String reason;

	private Instant at;

	protected ConnectionTransition() {
	}

	ConnectionTransition(String action, @Nullable ConnectionStatus from, ConnectionStatus to, Actor by,
			@Nullable String reason, Instant at) {
		this.id = HubIds.next();
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.byCompanyId = by.companyId();
		this.byName = by.name();
		this.reason = reason;
		this.at = at;
	}

	TransitionView view() {
		return new TransitionView(this.action, this.fromStatus, this.toStatus, this.byName, this.reason, this.at);
	}

	Instant at() {
		return this.at;
	}

	/**
	 * A transition as the partners see it.
	 */
	public record TransitionView(String action, @Nullable ConnectionStatus from, ConnectionStatus to, String by,
			@Nullable String reason, Instant at) {
	}

}
