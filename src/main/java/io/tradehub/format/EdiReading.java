package io.tradehub.format;

import java.util.List;

/**
 * What reading an EDI input gave: the interchanges that could be read (complete or not)
 * and every problem found, in input order.
 *
 * @param interchanges the interchanges, each split into its messages
 * @param problems the problems, each with its position
 */
public record EdiReading(List<Interchange> interchanges, List<ParseProblem> problems) {

	public EdiReading {
		interchanges = List.copyOf(interchanges);
		problems = List.copyOf(problems);
	}

	/** All messages of all interchanges, in input order. */
	public List<EdiMessage> messages() {
		return this.interchanges.stream().flatMap((interchange) -> interchange.messages().stream()).toList();
	}

}
