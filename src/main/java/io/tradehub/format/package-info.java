/**
 * Format detection and reading of partners' files: EDIFACT and X12 through StAEDI, with
 * every problem reported as data with its position.
 * <p>
 * Character sets: StAEDI decodes an input with one character set chosen before reading,
 * so the reader takes UNB01-1 of the first interchange (UNOC as ISO-8859-1, UNOE as
 * ISO-8859-5, UNOW as UTF-8...) and decodes the whole file with it; a file mixing
 * interchanges of different character sets is read with the first one's. UNOA and UNOB
 * are read as UTF-8 (exact for what they allow, readable for partners who send UTF-8
 * letters anyway), unknown identifiers as ISO-8859-1 with a problem, X12 as UTF-8. Every
 * element of an EDIFACT interchange is then checked against the repertoire its own UNB
 * declares ({@code CHARACTER_SET}, once per element, the first 20 per interchange listed
 * and the rest counted at the UNB): UNOA and UNOB as printable ASCII (lower case and
 * {@code @} are tolerated under UNOA, as real partners send them), the ISO 8859 sets as
 * what they encode, UNOW and UNOY as any decodable character; control characters never
 * pass. Bytes the character set cannot decode at all (ISO 8859-1 bytes under UNOA or
 * UNOW) stop the reading with a {@code CHARACTER_SET} problem at the segment. X12
 * declares no character set and is not checked.
 * <p>
 * What StAEDI is told: envelope code lists are not checked (real partners send UNB
 * qualifier ZZ and priority letters) while counts, control references, lengths and data
 * types are; line breaks and tabs that are not delimiters are ignored (80-column
 * wrapping, indentation by loop). A last segment without its terminator is read as if
 * terminated (reported when the terminator is visible, silent when it is a line break).
 * Control references repeated within one file are {@code DUPLICATE_CONTROL_REFERENCE} at
 * the header that repeats them: UNH01 and UNG05 within an interchange, GS06 within an
 * interchange and ST02 within a group (X12 senders restart ST02 in each group), UNB05 and
 * ISA13 from the same sender; only the references are kept. Checks that need message
 * schemas (qualifiers, segment order) or history (control numbers repeated across files)
 * belong to the mapping and pipeline steps.
 */
@NullMarked
package io.tradehub.format;

import org.jspecify.annotations.NullMarked;
