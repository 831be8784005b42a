/**
 * Writes canonical documents as X12 interchanges (004010 and 005010 840, 843, 850, 855,
 * 856); the mapping is tabled in {@code mappings/x12/README.md}.
 */
@NullMarked
package io.tradehub.format.x12;

import org.jspecify.annotations.NullMarked;
