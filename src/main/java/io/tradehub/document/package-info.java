/**
 * The canonical documents every format maps to and from: order requests, answers, orders,
 * order responses, shipment notices and acknowledgements, each with its envelope, and
 * their one JSON form.
 */
@NullMarked
package io.tradehub.document;

import org.jspecify.annotations.NullMarked;
