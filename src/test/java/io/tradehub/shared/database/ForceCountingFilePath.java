package io.tradehub.shared.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's own files, as {@code jdbc:h2:forcecount:...} opens them, counting the writes and
 * the forces to disk: what a commit left unforced when it returned is what a machine's
 * crash would lose.
 */
public class ForceCountingFilePath extends FilePathWrapper {

	private static final AtomicLong writes = new AtomicLong();

	private static final AtomicLong forces = new AtomicLong();

	/** Writes that the latest force began after. */
	private static volatile long forcedWrites;

	/**
	 * How long a force takes at least, in milliseconds, as on a disk rather than in
	 * memory.
	 */
	private static volatile long forceMillis;

	static void register() {
		FilePath.register(new ForceCountingFilePath());
	}

	/** Writes made since the latest force began. */
	static long unforcedWrites() {
		return writes.get() - forcedWrites;
	}

	static long forces() {
		return forces.get();
	}

	static void forcesTakeAtLeast(long millis) {
		forceMillis = millis;
	}

	@Override
	public String getScheme() {
		return "forcecount";
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new Counting(getBase().open(mode));
	}

	private static final class Counting extends FileBase {

		private final FileChannel file;

		Counting(FileChannel file) {
			this.file = file;
		}

		@Override
		public int write(ByteBuffer source, long position) throws IOException {
			int written = this.file.write(source, position);
			writes.incrementAndGet();
			return written;
		}

		@Override
		public int write(ByteBuffer source) throws IOException {
			int written = this.file.write(source);
			writes.incrementAndGet();
			return written;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			long before = writes.get();
			this.file.force(metaData);
			if (forceMillis > 0) {
				try {
					Thread.sleep(forceMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while forcing", ex);
				}
			}
			forces.incrementAndGet();
			synchronized (ForceCountingFilePath.class) {
				forcedWrites = Math.max(forcedWrites, before);
			}
		}

		@Override
		public int read(ByteBuffer target, long position) throws IOException {
			return this.file.read(target, position);
		}

		@Override
		public int read(ByteBuffer target) throws IOException {
			return this.file.read(target);
		}

		@Override
		public long position() throws IOException {
			return this.file.position();
		}

		@Override
		public FileChannel position(long position) throws IOException {
			this.file.position(position);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.file.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			this.file.truncate(size);
			return this;
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.file.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.file.close();
		}

	}

}
