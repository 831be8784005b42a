package io.tradehub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.LockSupport;

import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;

/**
 * Stores and forces an H2 store's file to disk for every commit that asks, once for all
 * the commits that ask meanwhile, as PostgreSQL and Artemis write and sync their logs.
 * H2, left to itself (WRITE_DELAY=0), stores every commit on its own, writing each page
 * the commit changed with its parents; one store for a group of commits writes the pages
 * they share once. A store waits a moment (the commit delay) for more commits to join it
 * once the first asked, as PostgreSQL's commit_delay: the more it covers, the less it
 * writes for each.
 */
final class GroupSync implements AutoCloseable {

	private final MVStore store;

	private final long delayNanos;

	/**
	 * The store's file, opened once more: H2 forces its own with its metadata (fsync),
	 * times included; what a commit needs, the data and the size, is forced without the
	 * rest (fdatasync), as Artemis forces its journal. Forcing any channel of a file
	 * forces the file.
	 */
	private final FileChannel file;

	/** The round the commits asking now wait for; guarded by this. */
	private CompletableFuture<Void> next = new CompletableFuture<>();

	/** Whether a commit waits for the next round; guarded by this. */
	private boolean asked;

	/** Guarded by this. */
	private boolean closed;

	/**
	 * One thread stores and forces for everyone: H2 gives up waiting for its writes when
	 * the waiting thread is interrupted, which a caller's may be, without saying so.
	 */
	private final Thread writer;

	GroupSync(MVStore store, Duration delay) {
		this.store = store;
		this.delayNanos = delay.toNanos();
		try {
			this.file = FilePath.get(store.getFileStore().getFileName()).open("rw");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the database's file to force it: " + ex.getMessage(), ex);
		}
		this.writer = new Thread(this::write, "tradehub-h2-sync");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	MVStore store() {
		return this.store;
	}

	/**
	 * Returns once everything committed before this call is stored and on disk.
	 * @throws RuntimeException when it could not be, or the database or this sync is
	 * closed
	 */
	void sync() {
		CompletableFuture<Void> round;
		synchronized (this) {
			if (this.closed) {
				throw new IllegalStateException("The database's sync is closed");
			}
			round = this.next;
			this.asked = true;
			notifyAll();
		}
		try {
			// join waits on through an interrupt, and keeps it for the caller
			round.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private void write() {
		while (asked()) {
			gather();
			CompletableFuture<Void> round = nextRound();
			try {
				storeAndForce();
				round.complete(null);
			}
			catch (RuntimeException | Error ex) {
				round.completeExceptionally(ex);
			}
		}
		synchronized (this) {
			this.next.completeExceptionally(new IllegalStateException("The database's sync is closed"));
		}
	}

	/** Waits for a commit to ask; false once closed. */
	private synchronized boolean asked() {
		try {
			while (!this.asked && !this.closed) {
				wait();
			}
		}
		catch (InterruptedException ex) {
			this.closed = true;
		}
		return !this.closed;
	}

	/** Lets the commits made in the delay join the round. */
	private void gather() {
		long until = System.nanoTime() + this.delayNanos;
		for (long left = this.delayNanos; left > 0; left = until - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
	}

	/** Hands the commits asking from now on a round of their own. */
	private synchronized CompletableFuture<Void> nextRound() {
		CompletableFuture<Void> round = this.next;
		this.next = new CompletableFuture<>();
		this.asked = false;
		return round;
	}

	/**
	 * Stores what was committed and waits for H2's own writes under way, which may have
	 * taken some of those commits: H2 stores in threads of its own when it has a
	 * WRITE_DELAY, and a commit that finds nothing left to store returns before they are
	 * written.
	 */
	private void storeAndForce() {
		if (this.store.isClosed()) {
			throw new IllegalStateException("The database is closed");
		}
		this.store.commit();
		this.store.getFileStore().executeFileStoreOperation(() -> {
		});
		try {
			this.file.force(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not force the database's file to disk: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Stops the writer and closes this sync's own channel of the file, not the store's.
	 */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			notifyAll();
		}
		try {
			this.writer.join(10_000);
			this.file.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
