package io.tradehub.format.csv;

import java.util.List;

/**
 * What reading a CSV file gave: the documents (or entries) that could be read, and the
 * problems with their positions; never an exception for bad input.
 */
public record CsvResult<T>(List<T> documents, List<CsvProblem> problems) {

	public CsvResult {
		documents = List.copyOf(documents);
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
