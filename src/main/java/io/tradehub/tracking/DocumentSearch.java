package io.tradehub.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.DocumentType;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a partner searches its documents by; every filter is optional.
 *
 * @param partner the other company
 * @param number the sender's document number, exactly
 * @param from created at or after
 * @param to created before
 */
public record DocumentSearch(@Nullable UUID partner, @Nullable DocumentType type, @Nullable DocumentStatus status,
		@Nullable String number, @Nullable Instant from, @Nullable Instant to, int page, int size) {

	public static final int MAX_SIZE = 100;

	public DocumentSearch {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (number != null && number.length() > 100) {
			problems.add(new FieldProblem("number", "has at most 100 characters"));
		}
		if (from != null && to != null && !from.isBefore(to)) {
			problems.add(new FieldProblem("to", "must be after from"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		number = (number == null || number.isBlank()) ? null : number.strip();
	}

}
