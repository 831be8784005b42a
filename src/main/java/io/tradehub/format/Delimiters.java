package io.tradehub.format;

import org.jspecify.annotations.Nullable;

/**
 * The separators an interchange was written with, so a reply can be written the same way.
 *
 * @param segment the segment terminator
 * @param element the data element separator
 * @param component the component (sub-element) separator
 * @param repetition the repetition separator (syntax 4, X12 4020 and later), or null
 * @param release the release (escape) character (EDIFACT only), or null
 */
public record Delimiters(char segment, char element, char component, @Nullable Character repetition,
		@Nullable Character release) {

}
