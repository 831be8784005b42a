package io.tradehub.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells a file's format from its first few kilobytes (DESIGN §4 step 2), so the right
 * reader gets it, and names what it is when the hub reads no such format.
 */
public class FormatDetector {

	/** How much of a file detection needs. */
	public static final int PREFIX_LENGTH = 4096;

	private static final byte[] EBCDIC_ISA = { (byte) 0xC9, (byte) 0xE2, (byte) 0xC1 };

	private static final byte[] EBCDIC_UNB = { (byte) 0xE4, (byte) 0xD5, (byte) 0xC2 };

	private static final byte[] EBCDIC_UNA = { (byte) 0xE4, (byte) 0xD5, (byte) 0xC1 };

	/**
	 * Detects the format of the given first bytes of a file.
	 * @param prefix the file's first bytes, {@link #PREFIX_LENGTH} or fewer
	 * @return the format, or what the bytes appear to be when unrecognised
	 */
	public Detection detect(byte[] prefix) {
		int start = startsWith(prefix, 0, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		while (start < prefix.length && Character.isWhitespace(prefix[start])) {
			start++;
		}
		if (start == prefix.length) {
			return Detection.unrecognised("an empty file");
		}
		if (startsWith(prefix, start, EBCDIC_ISA) || startsWith(prefix, start, EBCDIC_UNB)
				|| startsWith(prefix, start, EBCDIC_UNA)) {
			return Detection.unrecognised("EBCDIC-encoded EDI; send it as ASCII or UTF-8");
		}
		String text = new String(prefix, start, prefix.length - start, StandardCharsets.ISO_8859_1);
		Detection edi = detectEdi(text);
		if (edi != null) {
			return edi;
		}
		if (isBinary(prefix, start)) {
			return Detection.unrecognised("binary data, not text");
		}
		if (text.startsWith("<")) {
			return Detection.of(Format.XML, "XML");
		}
		if (text.startsWith("{") || text.startsWith("[")) {
			return Detection.of(Format.JSON, "JSON");
		}
		return CsvDelimiters.detect(text, prefix.length == PREFIX_LENGTH);
	}

	private static Detection detectEdi(String text) {
		if (text.startsWith("UNA") && text.length() > 9) {
			return Detection.of(Format.EDIFACT, "EDIFACT with UNA");
		}
		if (text.startsWith("UNB") && text.length() > 3 && !Character.isLetterOrDigit(text.charAt(3))) {
			return Detection.of(Format.EDIFACT, "EDIFACT without UNA");
		}
		if (text.startsWith("ISA") && text.length() > 3 && !Character.isLetterOrDigit(text.charAt(3))) {
			return Detection.of(Format.X12, "X12");
		}
		if (text.startsWith("STX") && text.length() > 3 && text.charAt(3) == '=') {
			return Detection.unrecognised("TRADACOMS, a standard the hub does not read");
		}
		return null;
	}

	/** NUL bytes or many control characters other than tab and line breaks. */
	private static boolean isBinary(byte[] prefix, int start) {
		int control = 0;
		for (int i = start; i < prefix.length; i++) {
			int b = prefix[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if ((b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F) {
				control++;
			}
		}
		return control * 20 > prefix.length - start;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length - offset >= prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

}
