package io.tradehub.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * An EDI input made ready for StAEDI, which wants the interchange header as the very
 * first bytes and one character set up front: skips a UTF-8 byte order mark and leading
 * whitespace (counting the lines skipped), and reads the declared character set from the
 * first UNB without consuming it.
 *
 * @param stream the input positioned at UNA, UNB or ISA
 * @param detection what the first bytes look like
 * @param syntaxIdentifier the first UNB's UNB01-1 (for example {@code UNOC}), or null
 * @param charset what to decode with
 * @param lineOffset lines skipped before the header
 * @param hasLines whether the input is written on several lines (so line numbers help)
 * @param terminator the segment terminator the header declares, or null if unknown
 */
record EdiInput(InputStream stream, Detection detection, @Nullable String syntaxIdentifier, Charset charset,
		int lineOffset, boolean hasLines, @Nullable Character terminator) {

	/**
	 * @param input the bytes as received
	 * @param detect what the first {@link FormatDetector#PREFIX_LENGTH} bytes look like
	 */
	static EdiInput open(InputStream input, Function<byte[], Detection> detect) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(input, FormatDetector.PREFIX_LENGTH * 2);
		buffered.mark(FormatDetector.PREFIX_LENGTH);
		byte[] prefix = buffered.readNBytes(FormatDetector.PREFIX_LENGTH);
		buffered.reset();
		int start = (prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
				&& (prefix[2] & 0xFF) == 0xBF) ? 3 : 0;
		int lineOffset = 0;
		while (start < prefix.length && Character.isWhitespace(prefix[start])) {
			lineOffset += (prefix[start] == '\n') ? 1 : 0;
			start++;
		}
		buffered.skipNBytes(start);
		String head = new String(prefix, start, prefix.length - start, StandardCharsets.ISO_8859_1);
		String syntaxIdentifier = syntaxIdentifier(head);
		Charset charset = (syntaxIdentifier != null)
				? EdiCharsets.forSyntaxIdentifier(syntaxIdentifier).orElse(EdiCharsets.FALLBACK)
				: StandardCharsets.UTF_8;
		int newline = head.indexOf('\n');
		boolean hasLines = newline >= 0 && newline < head.stripTrailing().length();
		Character terminator = terminator(head);
		InputStream stream = (terminator != null) ? new TerminatedInputStream(buffered, terminator) : buffered;
		return new EdiInput(stream, detect.apply(prefix), syntaxIdentifier, charset, lineOffset, hasLines, terminator);
	}

	/** Whether the input's last segment had no terminator and one was added. */
	boolean terminatorAdded() {
		return this.stream instanceof TerminatedInputStream terminated && terminated.added();
	}

	/**
	 * UNA6, the EDIFACT default, or the character after ISA16 (an ISA is 106 characters;
	 * when it is not, StAEDI reports it and no terminator is added).
	 */
	private static @Nullable Character terminator(String head) {
		if (head.startsWith("UNA") && head.length() > 8) {
			return head.charAt(8);
		}
		if (head.startsWith("UNB")) {
			return '\'';
		}
		if (head.startsWith("ISA") && head.length() > 105 && head.charAt(103) == head.charAt(3)) {
			return head.charAt(105);
		}
		return null;
	}

	/** UNB01-1 of the first UNB, honouring the element separator a UNA declares. */
	private static @Nullable String syntaxIdentifier(String head) {
		char elementSeparator = '+';
		String rest = head;
		if (head.startsWith("UNA") && head.length() > 9) {
			elementSeparator = head.charAt(4);
			rest = head.substring(9).stripLeading();
		}
		if (!rest.startsWith("UNB") || rest.length() < 8 || rest.charAt(3) != elementSeparator) {
			return null;
		}
		String identifier = rest.substring(4, 8);
		return identifier.chars().allMatch(Character::isLetterOrDigit) ? identifier : null;
	}

}
