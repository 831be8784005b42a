package io.tradehub.format.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Splits a CSV file into rows of cells as its layout declares, each row with the physical
 * line it starts on; bytes, quoting, header and column count are checked here.
 */
final class CsvRows {

	/** One record of the file. */
	record Row(int line, List<String> cells) {
	}

	record Parsed(List<Row> rows, List<CsvProblem> problems) {
	}

	private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

	private CsvRows() {
	}

	static Parsed parse(byte[] input, CsvLayout layout) {
		List<Row> rows = new ArrayList<>();
		List<CsvProblem> problems = new ArrayList<>();
		String text = decode(input, layout, problems);
		if (text == null) {
			return new Parsed(rows, problems);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			problems.add(CsvProblem.atLine(1, "the file is empty; layout " + layout.name() + " expects "
					+ (layout.header() ? "a header and " : "") + "at least one row"));
			return new Parsed(rows, problems);
		}
		LineIndex lines = new LineIndex(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(layout.separator())
			.setQuote(layout.quote())
			.setIgnoreEmptyLines(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			boolean headerSeen = !layout.header();
			for (CSVRecord record : parser) {
				int line = lines.lineAt(record.getCharacterPosition());
				List<String> cells = record.stream().map(cell -> layout.trim() ? cell.strip() : cell).toList();
				if (cells.size() != layout.columns().size()) {
					problems.add(CsvProblem.atLine(line, cells.size() + " columns where layout " + layout.name()
							+ " has " + layout.columns().size() + " (" + String.join(", ", layout.columns()) + ")"));
				}
				else if (!headerSeen) {
					checkHeader(line, cells, layout, problems);
				}
				else {
					rows.add(new Row(line, cells));
				}
				headerSeen = true;
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(quotingProblem(rootMessage(ex), layout));
		}
		return new Parsed(rows, problems);
	}

	private static void checkHeader(int line, List<String> cells, CsvLayout layout, List<CsvProblem> problems) {
		for (int i = 0; i < cells.size(); i++) {
			String expected = layout.columns().get(i);
			if (!cells.get(i).strip().equalsIgnoreCase(expected)) {
				problems.add(new CsvProblem(line, i + 1, expected, "the header says '" + cells.get(i)
						+ "' where layout " + layout.name() + " expects " + expected));
			}
		}
	}

	private static @Nullable String decode(byte[] input, CsvLayout layout, List<CsvProblem> problems) {
		CharsetDecoder decoder = layout.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(input);
		CharBuffer chars = CharBuffer.allocate((int) (input.length * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(bytes, chars, true);
		if (result.isError()) {
			int offset = bytes.position();
			int line = 1;
			for (int i = 0; i < offset; i++) {
				line += (input[i] == '\n') ? 1 : 0;
			}
			problems.add(CsvProblem.atLine(line, "byte " + (offset + 1) + " is not valid " + layout.charset().name()
					+ ", the character set layout " + layout.name() + " declares"));
			return null;
		}
		decoder.flush(chars);
		return chars.flip().toString();
	}

	/**
	 * Commons CSV stops at broken quoting with a message naming the line; we keep the
	 * line and say what to fix in our own words.
	 */
	private static CsvProblem quotingProblem(String message, CsvLayout layout) {
		Matcher line = LINE.matcher(message);
		int number = line.find() ? Integer.parseInt(line.group(1)) : 1;
		return CsvProblem.atLine(number,
				message.contains("EOF")
						? "a quoted cell starts on this line and is never closed; " + "end it with " + layout.quote()
						: "text follows a closing quote; a quoted cell must end with " + layout.quote()
								+ " right before the separator or the line end");
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
