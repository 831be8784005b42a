package io.tradehub.format.dryrun;

import io.tradehub.format.conversion.FileProblem;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a dry run, whatever the format, with every position the format has.
 *
 * @param file the file it was found in
 * @param kind what kind of problem it is
 * @param segment the EDI segment tag
 * @param position the segment's position in the interchange
 * @param line the line in the file
 * @param column the column (CSV, XML, JSON)
 * @param element the EDI element ({@code UNT01}) or CSV column name
 */
public record DryRunProblem(String file, String kind, @Nullable String segment, @Nullable Integer position,
		@Nullable Integer line, @Nullable Integer column, @Nullable String element, String message) {

	static DryRunProblem of(String file, FileProblem problem) {
		return new DryRunProblem(file, problem.kind(), problem.segment(), problem.position(), problem.line(),
				problem.column(), problem.element(), problem.message());
	}

	static DryRunProblem of(String file, String kind, String message) {
		return new DryRunProblem(file, kind, null, null, null, null, null, message);
	}

}
