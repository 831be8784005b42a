package io.tradehub.format.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tradehub.document.Order;
import io.tradehub.document.ProductRef;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of order lines into canonical ORDERs with a layout: rows are grouped
 * into orders by their order number, and everything wrong comes back as a
 * {@link CsvProblem} with its line and column, never as an exception.
 */
public final class CsvOrderReader {

	public CsvResult<Order> read(byte[] input, CsvLayout layout, CsvContext context) {
		if (layout.kind() != CsvLayout.Kind.ORDER) {
			throw new IllegalArgumentException("CSV layout " + layout.name() + " is not an order layout");
		}
		CsvRows.Parsed parsed = CsvRows.parse(input, layout);
		List<CsvProblem> problems = new ArrayList<>(parsed.problems());
		Map<String, List<CsvCells>> orders = new LinkedHashMap<>();
		for (CsvRows.Row row : parsed.rows()) {
			CsvCells cells = new CsvCells(row, layout, problems);
			String number = cells.text("documentNumber");
			if (number == null && layout.indexOf("documentNumber") >= 0) {
				cells.problem("documentNumber", "the order number is missing; each row names its order");
				continue;
			}
			orders.computeIfAbsent((number != null) ? number : "", key -> new ArrayList<>()).add(cells);
		}
		List<Order> documents = new ArrayList<>();
		orders.forEach((number, rows) -> {
			List<Order.Line> lines = lines(rows, layout, number);
			CsvOrderHeader header = CsvOrderHeader.read(rows.get(0), layout, context, problems);
			if (!lines.isEmpty() && header != null) {
				documents.add(header.order(lines, context));
			}
		});
		return new CsvResult<>(documents, problems);
	}

	private static List<Order.Line> lines(List<CsvCells> rows, CsvLayout layout, String order) {
		List<Order.Line> lines = new ArrayList<>();
		Set<Integer> numbers = new HashSet<>();
		int position = 0;
		for (CsvCells cells : rows) {
			// Without a line number column, a line is numbered by its row's place in the
			// order.
			Integer number = lineNumber(cells, layout, ++position);
			ProductRef product = product(cells, layout);
			BigDecimal quantity = cells.decimal("quantity", "quantity");
			if (quantity == null && cells.text("quantity") == null) {
				cells.problem("quantity", "the quantity is missing");
			}
			else if (quantity != null && quantity.signum() <= 0) {
				cells.problem("quantity", "the quantity is " + cells.text("quantity") + "; it must be more than 0");
				quantity = null;
			}
			else if (quantity != null && !Quantity.recordable(quantity)) {
				cells.problem("quantity", "the quantity " + cells.text("quantity") + " has more than "
						+ Quantity.RECORDED_WHOLE_DIGITS + " digits before the decimal point");
				quantity = null;
			}
			if (number != null && !numbers.add(number)) {
				cells.problem("lineNumber", "line number " + number + " is used twice in order " + order);
				number = null;
			}
			String unit = cells.text("unit");
			if (number != null && product != null && quantity != null) {
				lines.add(new Order.Line(number, product, new Quantity(quantity, (unit != null) ? unit : layout.unit()),
						cells.money("unitPrice")));
			}
		}
		return lines;
	}

	private static @Nullable Integer lineNumber(CsvCells cells, CsvLayout layout, int next) {
		if (layout.indexOf("lineNumber") < 0) {
			return next;
		}
		String text = cells.text("lineNumber");
		if (text == null || !text.matches("0*[1-9]\\d{0,8}")) {
			cells.problem("lineNumber",
					(text == null) ? "the line number is missing" : "'" + text + "' is not a line number (1, 2 ...)");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static @Nullable ProductRef product(CsvCells cells, CsvLayout layout) {
		String sku = cells.text("sku");
		String gtin = cells.text("gtin");
		String buyerCode = cells.text("buyerCode");
		if (sku == null && gtin == null && buyerCode == null) {
			String field = List.of("sku", "gtin", "buyerCode")
				.stream()
				.filter(name -> layout.indexOf(name) >= 0)
				.findFirst()
				.orElse("sku");
			cells.problem(field, "the product is missing; each line needs its SKU or GTIN");
			return null;
		}
		return new ProductRef(sku, gtin, buyerCode, cells.text("description"));
	}

}
