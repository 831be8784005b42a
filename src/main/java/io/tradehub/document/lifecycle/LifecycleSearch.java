package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a company filters its requests or orders by; every filter is optional.
 *
 * @param side whether the caller's company supplies or buys; null for both
 * @param partner the other company
 * @param number the customer's number of the request or order, exactly
 * @param from received at or after
 * @param to received before
 */
public record LifecycleSearch(@Nullable Side side, @Nullable UUID partner, @Nullable String number,
		@Nullable Instant from, @Nullable Instant to, int page, int size) {

	static final int MAX_SIZE = 100;

	public LifecycleSearch {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (from != null && to != null && !from.isBefore(to)) {
			problems.add(new FieldProblem("to", "must be after from"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		number = (number == null || number.isBlank()) ? null : number.strip();
	}

	/** Which side of its connections the caller's company looks from. */
	public enum Side {

		SUPPLIER, CUSTOMER

	}

	/**
	 * One page of requests or orders, newest first.
	 */
	public record Page<T>(List<T> items, int page, int size, long total) {
	}

}
