package io.tradehub.partner;

import java.util.UUID;

/**
 * Where a partnership stands, as the pipeline's rules need it.
 *
 * @param connectionId the connection
 * @param supplierId the supplying company
 * @param customerId the buying company
 * @param status its lifecycle state; only {@link ConnectionStatus#ACTIVE} trades
 * @param orderCreationAllowed whether the customer may send order requests and orders
 */
public record ConnectionState(UUID connectionId, UUID supplierId, UUID customerId, ConnectionStatus status,
		boolean orderCreationAllowed) {

	public boolean active() {
		return this.status == ConnectionStatus.ACTIVE;
	}

}
