package io.tradehub.action;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.catalog.CustomerProduct;
import io.tradehub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shop's quantities become the lines of an order request or order: only products of
 * the supplier's catalog as the customer sees it, in the catalog's unit, and a basket
 * without any quantity or with words for one is refused naming the field.
 */
class ShopBasketTests {

	private static final UUID SUPPLIER = UUID.randomUUID();

	private static final List<CustomerProduct> CATALOG = List.of(product("FLOUR-25", "PCE"), product("SALT", "KGM"));

	@Test
	void chosenQuantitiesBecomeLinesInTheCatalogsUnits() {
		var request = new ShopBasket(Map.of("quantity.FLOUR-25", "12", "quantity.SALT", "", "quantity.HIDDEN", "5",
				"unit.FLOUR-25", "KGM", "note", " Before Friday "))
			.request(SUPPLIER, CATALOG);

		assertThat(request.supplierId()).isEqualTo(SUPPLIER);
		assertThat(request.lines()).singleElement().satisfies(line -> {
			assertThat(line.sku()).isEqualTo("FLOUR-25");
			assertThat(line.quantity()).isEqualByComparingTo("12");
			assertThat(line.unit()).isEqualTo("PCE");
		});
		assertThat(request.note()).isEqualTo("Before Friday");
	}

	@Test
	void anOrderTakesDecimalCommasAndLeavesPricesToTheRules() {
		var order = new ShopBasket(Map.of("quantity.SALT", "2,5", "quantity.FLOUR-25", "0")).order(SUPPLIER, CATALOG);

		assertThat(order.lines()).singleElement().satisfies(line -> {
			assertThat(line.quantity()).isEqualByComparingTo("2.5");
			assertThat(line.unitPrice()).isNull();
		});
	}

	@Test
	void anEmptyBasketOrWordsForAQuantityAreRefusedByField() {
		assertThatThrownBy(() -> new ShopBasket(Map.of()).request(SUPPLIER, CATALOG)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems().get(0).field()).isEqualTo("lines"));
		assertThatThrownBy(() -> new ShopBasket(Map.of("quantity.SALT", "some", "quantity.FLOUR-25", "-1"))
			.request(SUPPLIER, CATALOG)).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::field)
						.containsExactly("quantity.FLOUR-25", "quantity.SALT"));
	}

	private static CustomerProduct product(String sku, String unit) {
		return new CustomerProduct(sku, null, sku, unit, "EUR", BigDecimal.ONE, List.of());
	}

}
