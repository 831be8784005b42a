package io.tradehub.format.csv;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.shared.Money;

/**
 * Reads a CSV catalog or price list into {@link CatalogEntry} records with a layout;
 * everything wrong comes back as a {@link CsvProblem} with its line and column.
 */
public final class CsvCatalogReader {

	public CsvResult<CatalogEntry> read(byte[] input, CsvLayout layout) {
		if (layout.kind() != CsvLayout.Kind.CATALOG) {
			throw new IllegalArgumentException("CSV layout " + layout.name() + " is not a catalog layout");
		}
		CsvRows.Parsed parsed = CsvRows.parse(input, layout);
		List<CsvProblem> problems = new ArrayList<>(parsed.problems());
		List<CatalogEntry> entries = new ArrayList<>();
		for (CsvRows.Row row : parsed.rows()) {
			CsvCells cells = new CsvCells(row, layout, problems);
			int before = problems.size();
			String sku = cells.text("sku");
			String gtin = cells.text("gtin");
			if (sku == null && gtin == null) {
				cells.problem((layout.indexOf("sku") >= 0) ? "sku" : "gtin",
						"the article is missing; each row needs its SKU or GTIN");
			}
			Money price = cells.money("price");
			if (price == null && cells.text("price") == null) {
				cells.problem("price", "the price is missing");
			}
			Money promoPrice = cells.money("promoPrice");
			String unit = cells.text("unit");
			var validFrom = cells.date("validFrom");
			var validUntil = cells.date("validUntil");
			if (problems.size() == before && price != null) {
				entries.add(new CatalogEntry(row.line(), sku, gtin, cells.text("buyerCode"), cells.text("description"),
						cells.text("size"), cells.text("colour"), (unit != null) ? unit : layout.unit(), price,
						promoPrice, validFrom, validUntil));
			}
		}
		return new CsvResult<>(entries, problems);
	}

}
