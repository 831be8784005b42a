package io.tradehub.pipeline;

import io.tradehub.format.ControlNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Hands out numbers as the database does and remembers the interchange's, so a partner's
 * acknowledgement naming it can be tied to the document it answers.
 */
final class RecordingControlNumbers implements ControlNumbers {

	private final ControlNumbers numbers;

	private @Nullable String interchange;

	RecordingControlNumbers(ControlNumbers numbers) {
		this.numbers = numbers;
	}

	@Override
	public long next(String partnerKey, Kind kind) {
		long next = this.numbers.next(partnerKey, kind);
		if (kind == Kind.INTERCHANGE) {
			this.interchange = Long.toString(next);
		}
		return next;
	}

	@Nullable String interchange() {
		return this.interchange;
	}

}
