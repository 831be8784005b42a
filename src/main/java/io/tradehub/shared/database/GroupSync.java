package io.tradehub.shared.database;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;

/**
 * Forces an H2 store's file to disk for every commit that asks, with one force for all
 * the commits that ask while another is under way, as PostgreSQL and Artemis sync their
 * logs: a force costs about as much for many commits as for one.
 */
final class GroupSync {

	private final MVStore store;

	private final ReentrantLock forcing = new ReentrantLock();

	/** Tickets handed out, one per commit that asked. */
	private final AtomicLong asked = new AtomicLong();

	/** Every ticket up to this one is on disk. */
	private volatile long forced;

	GroupSync(MVStore store) {
		this.store = store;
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
			this.store.sync();
			this.forced = upTo;
		}
		finally {
			this.forcing.unlock();
		}
	}

}
