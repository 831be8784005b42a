package io.tradehub.document.lifecycle;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The derived views of orders (DESIGN §3), computed from the ship-by deadline and the
 * clock, never stored. An open order is either to be shipped or delayed, never both.
 */
public enum OrdersView {

	/** Not fully shipped, its ship-by still ahead. */
	TO_BE_SHIPPED,

	/** Not fully shipped, its ship-by passed. */
	DELAYED,

	/** Fully shipped in the last 14 days. */
	SHIPPED_RECENTLY;

	/** How far back a shipped order counts as recent. */
	static final Duration RECENT = Duration.ofDays(14);

	static @Nullable OrdersView of(OrderStatus status, Instant shipBy, @Nullable Instant shippedAt, Instant now) {
		return switch (status) {
			case TO_BE_SHIPPED, PARTIALLY_SHIPPED -> shipBy.isAfter(now) ? TO_BE_SHIPPED : DELAYED;
			case SHIPPED -> (shippedAt != null && shippedAt.isAfter(now.minus(RECENT))) ? SHIPPED_RECENTLY : null;
			case CANCELLED -> null;
		};
	}

}
