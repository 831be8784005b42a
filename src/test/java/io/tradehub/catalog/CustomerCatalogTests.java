package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.partner.CatalogTerms;
import io.tradehub.partner.CatalogTerms.Visibility;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which products a customer may see and order, from its connection's visibility and state
 * and the product's active flag.
 */
class CustomerCatalogTests {

	@ParameterizedTest(name = "{0} {1} listing [{2}]: SKU-1 active={3} -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			ACTIVE      | ALL        |       | true  | true
			ACTIVE      | ALL        |       | false | false
			ACTIVE      | ALLOW_LIST | SKU-1 | true  | true
			ACTIVE      | ALLOW_LIST | SKU-2 | true  | false
			ACTIVE      | ALLOW_LIST | SKU-1 | false | false
			ACTIVE      | DENY_LIST  | SKU-1 | true  | false
			ACTIVE      | DENY_LIST  | SKU-2 | true  | true
			DEACTIVATED | ALL        |       | true  | false
			""")
	void showsOnlyActiveProductsTheTermsShowOnAnActiveConnection(ConnectionStatus status, Visibility visibility,
			String listed, boolean active, boolean available) {
		CatalogTerms terms = new CatalogTerms(UUID.randomUUID(), status, null, BigDecimal.ZERO, visibility,
				(listed == null) ? Set.of() : Set.of(listed));
		CatalogItem item = new CatalogItem("SKU-1", null, "Cheese", "PCE", Money.of("1.00", "EUR"), active, List.of());

		assertThat(new CustomerCatalog(terms, ref -> Optional.of(item)).available(item)).isEqualTo(available);
	}

}
