package io.tradehub.format;

import java.util.List;

/**
 * What reading an EDI input gave: the interchanges that could be read (complete or not)
 * and every problem found, in input order.
 *
 * @param interchanges the interchanges, each split into its messages
 * @param problems the problems, each with its position
 * @param problemStarts for each interchange, the index in {@code problems} where its own
 * problems begin
 */
public record EdiReading(List<Interchange> interchanges, List<ParseProblem> problems, List<Integer> problemStarts) {

	public EdiReading {
		interchanges = List.copyOf(interchanges);
		problems = List.copyOf(problems);
		problemStarts = List.copyOf(problemStarts);
	}

	/** All messages of all interchanges, in input order. */
	public List<EdiMessage> messages() {
		return this.interchanges.stream().flatMap((interchange) -> interchange.messages().stream()).toList();
	}

	/**
	 * The problems of one interchange (positions count from its own header), so each can
	 * be acknowledged on its own; with no interchange read, every problem.
	 * @param index the interchange's index in {@link #interchanges()}
	 */
	public List<ParseProblem> problemsOf(int index) {
		if (this.problemStarts.isEmpty()) {
			return this.problems;
		}
		int start = (index < this.problemStarts.size()) ? this.problemStarts.get(index) : this.problems.size();
		int end = (index + 1 < this.problemStarts.size()) ? this.problemStarts.get(index + 1) : this.problems.size();
		return this.problems.subList(Math.min(start, end), end);
	}

}
