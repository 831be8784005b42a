package io.tradehub.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Adds the segment terminator at the end of an input whose last segment lacks it. Files
 * whose terminator is a line break often end without one, and StAEDI would otherwise
 * report the last segment (the interchange trailer) as missing.
 */
final class TerminatedInputStream extends FilterInputStream {

	private final int terminator;

	private int last = -1;

	private boolean added;

	TerminatedInputStream(InputStream input, char terminator) {
		super(input);
		this.terminator = terminator;
	}

	/** Whether the input ended without a terminator, so one was added. */
	boolean added() {
		return this.added;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b < 0) {
			return terminateOnce();
		}
		remember(b);
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		if (count < 0) {
			int b = terminateOnce();
			if (b < 0) {
				return -1;
			}
			buffer[offset] = (byte) b;
			return 1;
		}
		for (int i = offset; i < offset + count; i++) {
			remember(buffer[i] & 0xFF);
		}
		return count;
	}

	private void remember(int b) {
		if (b == this.terminator || !Character.isWhitespace(b)) {
			this.last = b;
		}
	}

	private int terminateOnce() {
		if (this.added || this.last < 0 || this.last == this.terminator) {
			return -1;
		}
		this.added = true;
		return this.terminator;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("skipping would lose track of the last segment");
	}

}
