package io.tradehub.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * The rules a product and a price-list tier must meet, whether it comes through the API
 * or as a row of a CSV file, each problem naming its field.
 */
@Component
class ProductChecks {

	static final String SKU = "[^\\s/]{1,64}";

	static final String PRICE_TYPE = "[A-Za-z0-9_-]{1,40}";

	private final Validator validator;

	private final ProductRepository products;

	ProductChecks(Validator validator, ProductRepository products) {
		this.validator = validator;
		this.products = products;
	}

	/**
	 * Everything wrong with the product, including a GTIN another of the supplier's
	 * products already has.
	 */
	List<FieldProblem> product(UUID supplierId, String sku, ProductForm form) {
		return product(supplierId, sku, form, Map.of());
	}

	/**
	 * Everything wrong with one product of a file, where the GTIN another product has now
	 * may be free by the end: two products that swap their GTINs in one import do not
	 * clash.
	 * @param file the GTIN key each product of the file will have (null for none), by SKU
	 */
	List<FieldProblem> product(UUID supplierId, String sku, ProductForm form, Map<String, String> file) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!sku.matches(SKU)) {
			problems.add(new FieldProblem("sku",
					sku.isEmpty() ? "the value is missing" : "must be 1 to 64 characters without spaces or '/'"));
		}
		problems.addAll(bean(form));
		problems.addAll(form.problems());
		if (form.gtin() != null && Gtin.problem(form.gtin()) == null) {
			this.products.findBySupplierIdAndGtinKey(supplierId, Gtin.key(form.gtin()))
				.filter(other -> !other.sku().equals(sku))
				.filter(other -> !file.containsKey(other.sku()) || Gtin.key(form.gtin()).equals(file.get(other.sku())))
				.ifPresent(other -> problems
					.add(new FieldProblem("gtin", "is already the GTIN of product " + other.sku())));
		}
		return problems;
	}

	List<FieldProblem> priceType(String priceType) {
		return priceType.matches(PRICE_TYPE) ? List.of()
				: List.of(new FieldProblem("priceType", "must be 1 to 40 letters, digits, '-' or '_'"));
	}

	/** Bean validation's verdict, with the field each message is about. */
	List<FieldProblem> bean(Object form) {
		return this.validator.validate(form)
			.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
	}

}
