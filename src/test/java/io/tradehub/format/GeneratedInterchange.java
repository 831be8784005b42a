package io.tradehub.format;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An EDIFACT interchange of many ORDERS messages, produced as it is read, so a test can
 * feed the reader tens of megabytes without holding them anywhere.
 */
final class GeneratedInterchange extends InputStream {

	private final int messages;

	private int next;

	private byte[] chunk;

	private int offset;

	GeneratedInterchange(int messages) {
		this.messages = messages;
		this.chunk = "UNA:+.? 'UNB+UNOC:3+4012345000016:14+4012345000009:14+261120:1200+50MB'\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The size of one message, to choose a count for a size.
	 */
	static int messageSize() {
		return message(1).length;
	}

	@Override
	public int read() {
		if (!refill()) {
			return -1;
		}
		return this.chunk[this.offset++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int from, int length) {
		if (!refill()) {
			return -1;
		}
		int count = Math.min(length, this.chunk.length - this.offset);
		System.arraycopy(this.chunk, this.offset, buffer, from, count);
		this.offset += count;
		return count;
	}

	private boolean refill() {
		while (this.offset == this.chunk.length) {
			if (this.next > this.messages) {
				return false;
			}
			this.next++;
			this.chunk = (this.next <= this.messages) ? message(this.next)
					: ("UNZ+" + this.messages + "+50MB'\n").getBytes(StandardCharsets.US_ASCII);
			this.offset = 0;
		}
		return true;
	}

	private static byte[] message(int number) {
		StringBuilder message = new StringBuilder();
		message.append("UNH+").append(number).append("+ORDERS:D:96A:UN:EAN008'\n");
		message.append("BGM+220+PO-").append(number).append("+9'\nDTM+137:20261120:102'\n");
		message.append("NAD+BY+4012345000016::9'\nNAD+SU+4012345000009::9'\nCUX+2:EUR:9'\n");
		int lines = 20;
		for (int line = 1; line <= lines; line++) {
			message.append("LIN+")
				.append(line)
				.append("++4012345123456:SRV'\nQTY+21:")
				.append(line * 6)
				.append(":PCE'\nPRI+AAA:4.85'\n");
		}
		message.append("UNS+S'\nCNT+2:").append(lines).append("'\n");
		// UNH BGM DTM NAD NAD CUX, three per line, UNS CNT UNT.
		int segments = 6 + 3 * lines + 3;
		message.append("UNT+").append(segments).append('+').append(number).append("'\n");
		return message.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
