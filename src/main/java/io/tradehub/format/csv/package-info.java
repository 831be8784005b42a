/**
 * CSV order and catalog files read into canonical documents and written from them, each
 * file shape described by a declarative layout in {@code mappings/csv/}.
 */
@NullMarked
package io.tradehub.format.csv;

import org.jspecify.annotations.NullMarked;
