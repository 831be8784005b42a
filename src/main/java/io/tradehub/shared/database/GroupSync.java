package io.tradehub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;

/**
 * Forces an H2 store's file to disk for every commit that asks, with one force for all
 * the commits that ask while another is under way, as PostgreSQL and Artemis sync their
 * logs: a force costs about as much for many commits as for one.
 */
final class GroupSync implements AutoCloseable {

	private final MVStore store;

	private final ReentrantLock forcing = new ReentrantLock();

	/** Tickets handed out, one per commit that asked. */
	private final AtomicLong asked = new AtomicLong();

	/** Every ticket up to this one is on disk. */
	private volatile long forced;

	/**
	 * The store's file, opened once more: H2 forces its own with its metadata (fsync),
	 * times included; what a commit needs, the data and the size, is forced without the
	 * rest (fdatasync), as Artemis forces its journal. Forcing any channel of a file
	 * forces the file.
	 */
	private final FileChannel file;

	GroupSync(MVStore store) {
		this.store = store;
		try {
			this.file = FilePath.get(store.getFileStore().getFileName()).open("rw");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the database's file to force it: " + ex.getMessage(), ex);
		}
	}

	MVStore store() {
		return this.store;
	}

	/**
	 * Returns once everything H2 wrote to its file before this call is on disk. A commit
	 * calls it after H2 returned from the commit, which it does only once its store is
	 * written; a force begun after the ticket is taken covers that write.
	 */
	void sync() {
		long ticket = this.asked.incrementAndGet();
		if (this.forced >= ticket) {
			return;
		}
		this.forcing.lock();
		try {
			if (this.forced >= ticket) {
				return;
			}
			long upTo = this.asked.get();
			this.file.force(false);
			this.forced = upTo;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not force the database's file to disk: " + ex.getMessage(), ex);
		}
		finally {
			this.forcing.unlock();
		}
	}

	/** Closes this sync's own channel of the file, not the store's. */
	@Override
	public void close() {
		try {
			this.file.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
