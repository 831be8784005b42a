/**
 * Writes canonical documents as EANCOM interchanges (D96A and D01B REQOTE, QUOTES,
 * ORDERS, ORDRSP, DESADV); the mapping is tabled in {@code mappings/edifact/README.md}.
 */
@NullMarked
package io.tradehub.format.edifact;

import org.jspecify.annotations.NullMarked;
