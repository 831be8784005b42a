package io.tradehub.action;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.action.ActionForms.LineForm;
import io.tradehub.action.ActionForms.NewOrder;
import io.tradehub.action.ActionForms.NewOrderRequest;
import io.tradehub.catalog.CustomerProduct;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;

/**
 * What a customer chose on the shop page: a quantity per product of the supplier's
 * catalog ({@code quantity.<sku>}, empty or 0 for none) and a note, made into the same
 * bodies the REST API's order request and order take. Units come from the catalog, not
 * from the page.
 *
 * @param values each field's text, by its input's name
 */
record ShopBasket(Map<String, String> values) {

	static final String QUANTITY = "quantity.";

	ShopBasket {
		values = Map.copyOf(values);
	}

	NewOrderRequest request(UUID supplierId, List<CustomerProduct> catalog) {
		return new NewOrderRequest(supplierId, lines(catalog), null, null, note());
	}

	NewOrder order(UUID supplierId, List<CustomerProduct> catalog) {
		return new NewOrder(supplierId, lines(catalog), null, null, null, note());
	}

	private List<LineForm> lines(List<CustomerProduct> catalog) {
		List<LineForm> lines = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (CustomerProduct product : catalog) {
			String field = QUANTITY + product.sku();
			String text = this.values.getOrDefault(field, "").strip().replace(',', '.');
			if (text.isEmpty()) {
				continue;
			}
			try {
				BigDecimal quantity = new BigDecimal(text);
				if (quantity.signum() < 0) {
					problems.add(new FieldProblem(field, "must not be negative"));
				}
				else if (quantity.signum() > 0) {
					lines.add(new LineForm(product.sku(), null, quantity, product.unit(), null));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem(field, "must be a number"));
			}
		}
		if (problems.isEmpty() && lines.isEmpty()) {
			problems.add(new FieldProblem("lines", "choose a quantity of at least one product"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return lines;
	}

	private String note() {
		String note = this.values.getOrDefault("note", "").strip();
		return note.isEmpty() ? null : note;
	}

}
