package io.tradehub.partner.connection;

import java.time.Instant;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A connection as either partner sees it.
 *
 * @param side which side of the connection the caller is on
 */
public record ConnectionView(UUID id, Party supplier, Party customer, Side side, ConnectionStatus status,
		ConnectionOrigin origin, @Nullable String requestMessage, ConnectionSettings settings,
		@Nullable String termsVersion, @Nullable Instant termsAcceptedAt, @Nullable String termsAcceptedBy,
		Instant createdAt) {

	/**
	 * One partner of a connection.
	 */
	public record Party(UUID id, String name) {
	}

	/**
	 * The caller's side of a connection.
	 */
	public enum Side {

		SUPPLIER, CUSTOMER

	}

}
