package io.tradehub.format.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.tradehub.document.Order;
import io.tradehub.document.Party;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes canonical ORDERs as CSV in a layout, one row per order line with the order's
 * header data repeated, and with every cell made safe to open in a spreadsheet.
 */
public final class CsvOrderWriter {

	public byte[] write(List<Order> orders, CsvLayout layout) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(layout.separator())
			.setQuote(layout.quote())
			.setQuoteMode(layout.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL)
			.setRecordSeparator(layout.lineEnd())
			.get();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			if (layout.header()) {
				printer.printRecord(layout.columns());
			}
			for (Order order : orders) {
				for (Order.Line line : order.lines()) {
					printer.printRecord((Object[]) row(order, line, layout));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory cannot fail", ex);
		}
		return out.toString().getBytes(layout.charset());
	}

	/**
	 * Prefixes a text cell a spreadsheet would take for a formula (=, +, -, @, tab,
	 * carriage return) with a single quote, as OWASP's CSV injection guidance says: these
	 * files are opened in Excel by partners' staff, and a formula there can run commands
	 * or leak data. Numbers are written by the hub, not the partner, and a credit's minus
	 * sign must stay a number.
	 */
	static String defused(String cell) {
		return (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

	private static String[] row(Order order, Order.Line line, CsvLayout layout) {
		String[] cells = new String[layout.columns().size()];
		Arrays.fill(cells, "");
		var envelope = order.envelope();
		put(cells, layout, "documentNumber", envelope.documentNumber());
		putFormatted(cells, layout, "documentDate", date(envelope.documentDate(), layout));
		party(cells, layout, "sender", envelope.sender());
		party(cells, layout, "receiver", envelope.receiver());
		putFormatted(cells, layout, "requestedDelivery", date(order.requestedDelivery(), layout));
		put(cells, layout, "note", order.note());
		if (order.shipTo() != null) {
			put(cells, layout, "shipTo.name", order.shipTo().name());
			put(cells, layout, "shipTo.street", order.shipTo().street());
			put(cells, layout, "shipTo.postalCode", order.shipTo().postalCode());
			put(cells, layout, "shipTo.city", order.shipTo().city());
			put(cells, layout, "shipTo.country", order.shipTo().country());
			put(cells, layout, "shipTo.identity", unqualified(order.shipTo().identity(), layout));
		}
		for (Map.Entry<String, String> reference : layout.references().entrySet()) {
			order.references()
				.stream()
				.filter(candidate -> candidate.kind().equals(reference.getKey()))
				.findFirst()
				.ifPresent(found -> cells[layout.columns().indexOf(reference.getValue())] = defused(found.value()));
		}
		putFormatted(cells, layout, "lineNumber", String.valueOf(line.lineNumber()));
		put(cells, layout, "sku", line.product().sku());
		put(cells, layout, "gtin", line.product().gtin());
		put(cells, layout, "buyerCode", line.product().buyerCode());
		put(cells, layout, "description", line.product().description());
		putFormatted(cells, layout, "quantity", number(line.quantity().value(), layout));
		put(cells, layout, "unit", line.quantity().unit());
		putFormatted(cells, layout, "unitPrice",
				(line.unitPrice() != null) ? number(line.unitPrice().amount(), layout) : null);
		return cells;
	}

	private static void party(String[] cells, CsvLayout layout, String field, Party party) {
		put(cells, layout, field, unqualified(party.identity(), layout));
		put(cells, layout, field + "Name", party.name());
	}

	/** A text cell: whatever the partner or a person typed, so it is defused. */
	private static void put(String[] cells, CsvLayout layout, String field, @Nullable String value) {
		putFormatted(cells, layout, field, (value != null) ? defused(value) : null);
	}

	/** A cell the hub formats itself (a number or date), written as it is. */
	private static void putFormatted(String[] cells, CsvLayout layout, String field, @Nullable String value) {
		int index = layout.indexOf(field);
		// Two fields may share a column (a customer's name is also the ship-to name): the
		// first set wins.
		if (index >= 0 && value != null && cells[index].isEmpty()) {
			cells[index] = value;
		}
	}

	private static @Nullable String unqualified(@Nullable String identity, CsvLayout layout) {
		String prefix = layout.identityQualifier() + ":";
		return (identity != null && layout.identityQualifier() != null && identity.startsWith(prefix))
				? identity.substring(prefix.length()) : identity;
	}

	private static @Nullable String date(@Nullable LocalDate date, CsvLayout layout) {
		return (date != null) ? layout.dates().format(date) : null;
	}

	private static String number(BigDecimal value, CsvLayout layout) {
		return value.toPlainString().replace('.', layout.decimal());
	}

}
