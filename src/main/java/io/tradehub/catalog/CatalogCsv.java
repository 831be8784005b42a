package io.tradehub.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's CSV files: UTF-8, a header row naming the columns (in any order), the
 * separator {@code ;} when the header row holds one and {@code ,} otherwise, decimals
 * with a point. Exports are written with {@code ,} and are safe to open in a spreadsheet.
 */
final class CatalogCsv {

	/** What a spreadsheet would run as a formula (OWASP CSV injection). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CatalogCsv() {
	}

	/** One data row: its line and its cells by column name. */
	record Row(int line, Map<String, String> cells, Map<String, Integer> columns) {

		/** The cell's text, null when it is empty or the column is not in the file. */
		@Nullable String text(String column) {
			String cell = this.cells.get(column);
			return (cell == null || cell.isBlank()) ? null : cell;
		}

		ImportProblem problem(String column, String message) {
			return new ImportProblem(this.line, this.columns.getOrDefault(column, 0), column, message);
		}

	}

	record Table(List<Row> rows, List<ImportProblem> problems) {
	}

	/**
	 * @param required the columns the header must name
	 * @param optional the columns it may name as well
	 */
	static Table read(byte[] input, List<String> required, List<String> optional) {
		List<ImportProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(input))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(ImportProblem.atLine(1, "the file is not UTF-8 text; save it as CSV UTF-8"));
			return new Table(rows, problems);
		}
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (text.isBlank()) {
			problems.add(ImportProblem.atLine(1,
					"the file is empty; it needs a header row with the columns " + String.join(", ", required)));
			return new Table(rows, problems);
		}
		int[] lineStarts = lineStarts(text);
		String headerLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(headerLine.contains(";") ? ';' : ',')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		Map<String, Integer> columns = null;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				int line = lineOf(lineStarts, start(text, record.getCharacterPosition()));
				List<String> cells = record.stream().toList();
				if (columns == null) {
					columns = header(line, cells, required, optional, problems);
					if (!problems.isEmpty()) {
						return new Table(rows, problems);
					}
				}
				else if (cells.size() != columns.size()) {
					problems.add(ImportProblem.atLine(line,
							cells.size() + " cells where the header has " + columns.size() + " columns"));
				}
				else {
					Map<String, String> named = new HashMap<>();
					for (Map.Entry<String, Integer> column : columns.entrySet()) {
						named.put(column.getKey(), unescape(cells.get(column.getValue() - 1)));
					}
					rows.add(new Row(line, named, columns));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV stops at broken quoting; the rows before it are checked, the
			// rest cannot be read.
			problems.add(ImportProblem.atLine(lineOf(lineStarts, lastPosition(rows, lineStarts)),
					"a quoted cell from this line on is never closed, or text follows its closing quote; "
							+ "the rest of the file cannot be read"));
		}
		return new Table(rows, problems);
	}

	/** Writes the rows under the header, each cell safe to open in a spreadsheet. */
	static String write(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CatalogCsv::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * A cell a spreadsheet would take for a formula gets a leading quote, which
	 * spreadsheets show as text.
	 */
	static String safe(String cell) {
		return (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

	/** Undoes {@link #safe(String)}, so an exported file imports unchanged. */
	static String unescape(String cell) {
		return (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0)
				? cell.substring(1) : cell;
	}

	private static Map<String, Integer> header(int line, List<String> cells, List<String> required,
			List<String> optional, List<ImportProblem> problems) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String name = cells.get(i).toLowerCase(Locale.ROOT);
			if (!required.contains(name) && !optional.contains(name)) {
				problems.add(new ImportProblem(line, i + 1, cells.get(i),
						"'" + cells.get(i) + "' is no column of this file; the columns are "
								+ String.join(", ", all(required, optional))));
			}
			else if (columns.putIfAbsent(name, i + 1) != null) {
				problems.add(new ImportProblem(line, i + 1, name, "column " + name + " is named twice"));
			}
		}
		required.stream()
			.filter(name -> !columns.containsKey(name))
			.forEach(name -> problems.add(ImportProblem.atLine(line, "the header has no column " + name)));
		return columns;
	}

	private static List<String> all(List<String> required, List<String> optional) {
		List<String> all = new ArrayList<>(required);
		all.addAll(optional);
		return all;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Where the record's first cell is: Commons CSV gives the position before the empty
	 * lines it skipped.
	 */
	private static long start(String text, long position) {
		int at = (int) position;
		while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
			at++;
		}
		return at;
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	private static long lastPosition(List<Row> rows, int[] lineStarts) {
		return rows.isEmpty() ? 0 : lineStarts[Math.min(rows.get(rows.size() - 1).line(), lineStarts.length - 1)];
	}

}
