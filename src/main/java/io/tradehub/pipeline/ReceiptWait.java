package io.tradehub.pipeline;

import java.time.Duration;
import java.util.UUID;

import io.tradehub.tracking.ReceiptStatus;
import io.tradehub.tracking.Receipts;

import org.springframework.stereotype.Component;

/**
 * Waits for a receipt to be read, for a caller that holds its request open until the
 * verdict is there: the read happens on another thread, maybe on another hub, and its
 * commit is all there is to see of it.
 */
@Component
class ReceiptWait {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Receipts receipts;

	ReceiptWait(Receipts receipts) {
		this.receipts = receipts;
	}

	/**
	 * @return whether the receipt was read or refused within the wait
	 */
	boolean awaitRead(UUID receiptId, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		while (this.receipts.get(receiptId).status() == ReceiptStatus.RECEIVED) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

}
