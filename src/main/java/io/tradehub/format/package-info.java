/**
 * Format detection and reading of partners' files: EDIFACT and X12 through StAEDI, with
 * every problem reported as data with its position.
 * <p>
 * Character sets: StAEDI decodes an input with one character set chosen before reading,
 * so the reader takes UNB01-1 of the first interchange (UNOC as ISO-8859-1, UNOE as
 * ISO-8859-5, UNOW as UTF-8...) and decodes the whole file with it; a file mixing
 * interchanges of different character sets is read with the first one's. UNOA and UNOB
 * are read as UTF-8 (exact for what they allow, readable for partners who send UTF-8
 * letters anyway), unknown identifiers as ISO-8859-1 with a problem, X12 as UTF-8.
 */
@NullMarked
package io.tradehub.format;

import org.jspecify.annotations.NullMarked;
