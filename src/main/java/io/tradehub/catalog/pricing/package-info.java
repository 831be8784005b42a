/**
 * The price a customer pays, computed from a price list, the connection's markup and the
 * currency's minor unit; pure functions, no beans.
 */
@NullMarked
package io.tradehub.catalog.pricing;

import org.jspecify.annotations.NullMarked;
