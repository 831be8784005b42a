/**
 * Files to canonical documents and back, whatever the format: what the pipeline and the
 * dry run call, so both read and write exactly alike.
 */
@NullMarked
@NamedInterface("conversion")
package io.tradehub.format.conversion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
