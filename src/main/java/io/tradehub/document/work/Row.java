package io.tradehub.document.work;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One request or order in a search's results.
 *
 * @param hubId the hub id of its request or order document, which its page is named by
 * @param deadline the answer-by of a request, the ship-by of an order
 * @param view the derived view it is in now, or null
 */
record Row(UUID hubId, String number, String partner, String status, @Nullable String view, Instant receivedAt,
		Instant deadline) {
}
