package io.tradehub.catalog;

import java.util.Optional;

import io.tradehub.document.Answer;
import io.tradehub.document.Order;
import io.tradehub.partner.ConnectionState;

/**
 * The answer an order takes up: what the supplier quoted for the request the order names,
 * or whose answer it names. Its prices are the ones the two agreed on, and may differ
 * from the catalog's.
 */
@FunctionalInterface
public interface Quotes {

	/** The answer, when the order names a request the hub saw answered. */
	Optional<Answer> takenUpBy(Order order, ConnectionState connection);

}
