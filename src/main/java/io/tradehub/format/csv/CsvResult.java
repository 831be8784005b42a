package io.tradehub.format.csv;

import java.util.Comparator;
import java.util.List;

/**
 * What reading a CSV file gave: the documents (or entries) that could be read, and the
 * problems with their positions; never an exception for bad input.
 */
public record CsvResult<T>(List<T> documents, List<CsvProblem> problems) {

	public CsvResult {
		documents = List.copyOf(documents);
		// In file order, whichever check found them: a partner fixes the file top to
		// bottom.
		problems = problems.stream()
			.sorted(Comparator.comparingInt(CsvProblem::line).thenComparingInt(CsvProblem::column))
			.toList();
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
