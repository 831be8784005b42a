package io.tradehub.format.conversion;

import io.tradehub.format.ParseProblem;
import io.tradehub.format.csv.CsvProblem;
import io.tradehub.format.xml.XmlProblem;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a file, whatever its format, with every position the format has.
 *
 * @param kind what kind of problem it is ({@code COUNT_MISMATCH}, {@code CSV},
 * {@code XML} ...)
 * @param segment the EDI segment tag
 * @param position the segment's position in its interchange
 * @param line the line in the file
 * @param column the column (CSV, XML, JSON)
 * @param element the EDI element ({@code UNT01}) or CSV column name
 */
public record FileProblem(String kind, @Nullable String segment, @Nullable Integer position, @Nullable Integer line,
		@Nullable Integer column, @Nullable String element, String message) {

	public static FileProblem of(ParseProblem problem) {
		return new FileProblem(problem.kind().name(), problem.segment(), problem.segmentPosition(), problem.line(),
				null, problem.element(), problem.message());
	}

	public static FileProblem of(CsvProblem problem) {
		return new FileProblem("CSV", null, null, problem.line(), problem.column(), problem.columnName(),
				problem.message());
	}

	public static FileProblem of(XmlProblem problem) {
		return new FileProblem("XML", null, null, problem.line(), problem.column(), null, problem.message());
	}

	public static FileProblem of(String kind, String message) {
		return new FileProblem(kind, null, null, null, null, null, message);
	}

}
