/**
 * Tracking: the raw archive of everything received, the interchanges and documents read
 * from it with every change of their state, replay of failed deliveries, and the search
 * partners use to follow their documents.
 */
@NullMarked
package io.tradehub.tracking;

import org.jspecify.annotations.NullMarked;
