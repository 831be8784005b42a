package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.tradehub.catalog.CatalogCsv.Row;
import io.tradehub.catalog.pricing.Tier;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import and export of a supplier's products and price-list prices. An import checks
 * every row and applies all of them, or, when any row is bad, none and says what is wrong
 * with each. Its methods are public so the transaction proxy surely applies to them: a
 * half-applied import is what the one transaction is there to prevent.
 */
@Component
public class CatalogFiles {

	static final List<String> PRODUCT_COLUMNS = List.of("sku", "gtin", "description", "unit", "base_price", "currency",
			"active");

	static final List<String> PRICE_COLUMNS = List.of("price_type", "sku", "from_quantity", "unit_price");

	/** Where the fields of the forms are in the files. */
	private static final Map<String, String> COLUMN_OF = Map.of("basePrice", "base_price", "fromQuantity",
			"from_quantity", "unitPrice", "unit_price", "priceType", "price_type");

	private static final String DECIMAL = "\\d+(\\.\\d+)?";

	private final CatalogService catalog;

	private final TierPriceRepository tiers;

	private final ProductChecks checks;

	CatalogFiles(CatalogService catalog, TierPriceRepository tiers, ProductChecks checks) {
		this.catalog = catalog;
		this.tiers = tiers;
		this.checks = checks;
	}

	@Transactional(readOnly = true)
	public String exportProducts(Caller caller) {
		List<List<String>> rows = this.catalog.products(caller)
			.stream()
			.map(p -> List.of(p.sku(), (p.gtin() != null) ? p.gtin() : "", p.description(), p.unit(),
					p.basePrice().toPlainString(), p.currency(), String.valueOf(p.active())))
			.toList();
		return CatalogCsv.write(PRODUCT_COLUMNS, rows);
	}

	@Transactional(readOnly = true)
	public String exportPrices(Caller caller) {
		UUID supplierId = this.catalog.supplier(caller);
		Map<UUID, String> skus = this.catalog.skus(supplierId);
		List<List<String>> rows = this.tiers.findBySupplierIdOrderByPriceType(supplierId)
			.stream()
			.map(price -> List.of(price.priceType(), skus.get(price.productId()),
					price.tier().fromQuantity().toPlainString(), price.tier().unitPrice().toPlainString()))
			.sorted(Comparator.comparing((List<String> row) -> row.get(0))
				.thenComparing(row -> row.get(1))
				.thenComparing(row -> new BigDecimal(row.get(2))))
			.toList();
		return CatalogCsv.write(PRICE_COLUMNS, rows);
	}

	/**
	 * Adds or changes the products of the file by SKU; products it does not name stay as
	 * they are.
	 */
	@Transactional
	public ImportResult importProducts(Caller caller, byte[] file) {
		UUID supplierId = this.catalog.supplier(caller);
		CatalogCsv.Table table = CatalogCsv.read(file, List.of("sku", "description", "unit", "base_price", "currency"),
				List.of("gtin", "active"));
		List<ImportProblem> problems = new ArrayList<>(table.problems());
		Map<String, String> fileGtins = new HashMap<>();
		table.rows().forEach(row -> fileGtins.put((row.text("sku") != null) ? row.text("sku") : "", validKey(row)));
		Map<String, ProductForm> forms = new LinkedHashMap<>();
		Map<String, Integer> skuLines = new HashMap<>();
		Map<String, Integer> gtinLines = new HashMap<>();
		for (Row row : table.rows()) {
			String sku = (row.text("sku") != null) ? row.text("sku") : "";
			Map<String, ImportProblem> found = new LinkedHashMap<>();
			BigDecimal basePrice = decimal(row, "base_price", "price", found);
			Boolean active = active(row, found);
			ProductForm form = new ProductForm(row.text("gtin"), row.text("description"), row.text("unit"), basePrice,
					row.text("currency"), active);
			this.checks.product(supplierId, sku, form, fileGtins).forEach(problem -> add(row, problem, found));
			Integer skuLine = skuLines.putIfAbsent(sku, row.line());
			if (skuLine != null && !sku.isEmpty()) {
				found.putIfAbsent("sku", row.problem("sku", "SKU " + sku + " is on line " + skuLine + " already"));
			}
			if (form.gtin() != null) {
				Integer gtinLine = gtinLines.putIfAbsent(Gtin.key(form.gtin()), row.line());
				if (gtinLine != null) {
					found.putIfAbsent("gtin",
							row.problem("gtin", "GTIN " + form.gtin() + " is on line " + gtinLine + " already"));
				}
			}
			problems.addAll(found.values());
			forms.put(sku, form);
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		this.catalog.saveAll(supplierId, forms);
		return new ImportResult(forms.size(), List.of());
	}

	private static @Nullable String validKey(Row row) {
		String gtin = row.text("gtin");
		return (gtin == null || Gtin.problem(gtin) != null) ? null : Gtin.key(gtin);
	}

	/**
	 * Sets the tiers of every product and price list the file names to the file's rows;
	 * the other products and price lists stay as they are.
	 */
	@Transactional
	public ImportResult importPrices(Caller caller, byte[] file) {
		UUID supplierId = this.catalog.supplier(caller);
		CatalogCsv.Table table = CatalogCsv.read(file, PRICE_COLUMNS, List.of());
		List<ImportProblem> problems = new ArrayList<>(table.problems());
		Map<String, UUID> catalog = this.catalog.skus(supplierId)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		Map<List<Object>, List<Tier>> lists = new LinkedHashMap<>();
		Map<List<Object>, Integer> tierLines = new HashMap<>();
		for (Row row : table.rows()) {
			Map<String, ImportProblem> found = new LinkedHashMap<>();
			String priceType = (row.text("price_type") != null) ? row.text("price_type") : "";
			this.checks.priceType(priceType).forEach(problem -> add(row, problem, found));
			String sku = row.text("sku");
			UUID productId = (sku != null) ? catalog.get(sku) : null;
			if (productId == null) {
				found.put("sku", row.problem("sku", (sku == null) ? "the SKU is missing"
						: "product " + sku + " is not in your catalog; import it with the products first"));
			}
			BigDecimal fromQuantity = decimal(row, "from_quantity", "quantity", found);
			BigDecimal unitPrice = decimal(row, "unit_price", "price", found);
			TierForm tier = new TierForm(fromQuantity, unitPrice);
			this.checks.bean(tier).forEach(problem -> add(row, problem, found));
			if (found.isEmpty()) {
				List<Object> key = List.of(priceType, productId);
				Integer line = tierLines.putIfAbsent(List.of(priceType, sku, fromQuantity.stripTrailingZeros()),
						row.line());
				if (line != null) {
					found.put("from_quantity",
							row.problem("from_quantity",
									"product " + sku + " has a tier from " + fromQuantity.toPlainString()
											+ " on price list " + priceType + " on line " + line + " already"));
				}
				lists.computeIfAbsent(key, k -> new ArrayList<>()).add(tier.tier());
			}
			problems.addAll(found.values());
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		lists.forEach(
				(key, tiers) -> this.catalog.replaceTiers(supplierId, (UUID) key.get(1), (String) key.get(0), tiers));
		return new ImportResult(table.rows().size(), List.of());
	}

	/**
	 * A decimal with a point, or null with a problem; an empty cell is left to the form's
	 * checks.
	 */
	private static @Nullable BigDecimal decimal(Row row, String column, String what, Map<String, ImportProblem> found) {
		String text = row.text(column);
		if (text == null) {
			return null;
		}
		if (!text.matches(DECIMAL)) {
			found.put(column, row.problem(column,
					"'" + text + "' is not a " + what + "; write digits with a point before any decimals"));
			return null;
		}
		return new BigDecimal(text);
	}

	private static @Nullable Boolean active(Row row, Map<String, ImportProblem> found) {
		String text = row.text("active");
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> {
				found.put("active", row.problem("active", "'" + text + "' is not true or false"));
				yield null;
			}
		};
	}

	/**
	 * A problem of a form field at its column; a column with a problem keeps its first.
	 */
	private static void add(Row row, FieldProblem problem, Map<String, ImportProblem> found) {
		String column = COLUMN_OF.getOrDefault(problem.field(), problem.field());
		found.putIfAbsent(column, row.problem(column, message(problem)));
	}

	private static String message(FieldProblem problem) {
		return problem.message().equals("must not be null") || problem.message().equals("must not be blank")
				? "the value is missing" : problem.message();
	}

}
