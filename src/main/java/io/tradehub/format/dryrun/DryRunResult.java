package io.tradehub.format.dryrun;

import java.util.List;

import io.tradehub.document.CanonicalDocument;

/**
 * What a dry run found in one or more files: the canonical documents, the outbound files
 * it would write, and the problems. A run with problems has none of the others.
 */
public record DryRunResult(List<CanonicalDocument> documents, List<String> outputs, List<DryRunProblem> problems) {

	public DryRunResult {
		documents = List.copyOf(documents);
		outputs = List.copyOf(outputs);
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

}
