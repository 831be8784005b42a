package io.tradehub.catalog;

import java.util.Comparator;
import java.util.List;

/**
 * What a CSV import did: how many rows it applied, or, when any row is bad, every problem
 * and nothing applied.
 */
public record ImportResult(int applied, List<ImportProblem> problems) {

	public ImportResult {
		// In file order, whichever check found them: the supplier fixes the file top to
		// bottom.
		problems = problems.stream()
			.sorted(Comparator.comparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column))
			.toList();
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
