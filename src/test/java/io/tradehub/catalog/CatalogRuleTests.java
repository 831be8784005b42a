package io.tradehub.catalog;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.catalog.pricing.Tier;
import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.Party;
import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.partner.CatalogTerms;
import io.tradehub.partner.CatalogTerms.Visibility;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.PartnerRole;
import io.tradehub.partner.PartnerView;
import io.tradehub.pipeline.DocumentRule.Outcome;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog rule on its own, against a supplier's catalog held in memory: Acme sells
 * SKU-1 (tiers 9.50 from 1, 9.00 from 10, markup 10 %), SKU-2 (denied to this customer)
 * and SKU-3 (no longer active).
 */
class CatalogRuleTests {

	private static final PartnerView ACME = partner("Acme", PartnerRole.SUPPLIER);

	private static final PartnerView BISTRO = partner("Bistro", PartnerRole.CUSTOMER);

	private static final ConnectionState CONNECTION = new ConnectionState(UUID.randomUUID(), ACME.companyId(),
			BISTRO.companyId(), ConnectionStatus.ACTIVE, true);

	private static final CatalogTerms TERMS = new CatalogTerms(CONNECTION.connectionId(), ConnectionStatus.ACTIVE,
			"RETAIL", new BigDecimal("10"), Visibility.DENY_LIST, Set.of("SKU-2"));

	private static final Map<String, CatalogItem> ITEMS = Map.of("SKU-1",
			item("SKU-1", "04012345000009", true, new Tier(BigDecimal.ONE, new BigDecimal("9.50")),
					new Tier(BigDecimal.TEN, new BigDecimal("9.00"))),
			"SKU-2", item("SKU-2", null, true), "SKU-3", item("SKU-3", null, false));

	private static final CustomerCatalog CATALOG = new CustomerCatalog(TERMS, ref -> {
		Optional<CatalogItem> bySku = Optional.ofNullable((ref.sku() == null) ? null : ITEMS.get(ref.sku()));
		return bySku.or(() -> ITEMS.values()
			.stream()
			.filter(item -> item.gtin() != null && ref.gtin() != null
					&& Gtin.key(item.gtin()).equals(Gtin.key(ref.gtin())))
			.findFirst());
	});

	private final CatalogRule rule = new CatalogRule(new FakeCatalog(Optional.of(CATALOG)),
			(order, connection) -> Optional.empty());

	@Test
	void fillsInTheCustomersPriceOnAnOrderLineWithoutOne() {
		Outcome outcome = this.rule.check(order(line(1, "SKU-1", "12", null), line(2, "SKU-1", "3", null)), BISTRO,
				ACME, CONNECTION);

		// 9.00 x 1.10 = 9.90 from ten units; 9.50 x 1.10 = 10.45 below.
		assertThat(passed(outcome).lines()).extracting(Order.Line::unitPrice)
			.containsExactly(Money.of("9.90", "EUR"), Money.of("10.45", "EUR"));
	}

	@Test
	void keepsAnOrderLineWhosePriceIsTheCustomersWrittenWithOtherDecimals() {
		Outcome outcome = this.rule.check(order(line(1, "SKU-1", "12", "9.9")), BISTRO, ACME, CONNECTION);

		assertThat(passed(outcome).lines().get(0).unitPrice()).isEqualTo(Money.of("9.9", "EUR"));
	}

	@Test
	void refusesAnOrderLineWithAnotherPriceNamingBothPrices() {
		Outcome outcome = this.rule.check(order(line(1, "SKU-1", "12", "9.00")), BISTRO, ACME, CONNECTION);

		assertThat(outcome).isEqualTo(Outcome
			.refuse("Line 1: the unit price of product SKU-1 is 9.00 EUR, but your price for 12 PCE is 9.90 EUR"));
	}

	@Test
	void pricesAnOrderThatTakesUpAQuoteAtTheQuotedPriceAndNamesTheQuoteWhenItDiffers() {
		Answer quote = new Answer(
				new Envelope(UUID.randomUUID(), new Party(ACME.companyId(), null, "Acme"),
						new Party(BISTRO.companyId(), null, "Bistro"), "ANS-7", null, null, null, null),
				List.of(new Answer.Line(1, ProductRef.gtin("4012345000009"), Quantity.of("12", "PCE"),
						Money.of("8.75", "EUR"), null, null)),
				null, null);
		CatalogRule rule = new CatalogRule(new FakeCatalog(Optional.of(CATALOG)),
				(order, connection) -> Optional.of(quote));

		Outcome filled = rule.check(order(line(1, "SKU-1", "12", null), line(2, "SKU-1", "12", "8.75")), BISTRO, ACME,
				CONNECTION);
		Outcome listPrice = rule.check(order(line(1, "SKU-1", "12", "9.90")), BISTRO, ACME, CONNECTION);

		assertThat(passed(filled).lines()).extracting(Order.Line::unitPrice)
			.containsExactly(Money.of("8.75", "EUR"), Money.of("8.75", "EUR"));
		assertThat(listPrice).isEqualTo(Outcome
			.refuse("Line 1: the unit price of product SKU-1 is 9.90 EUR, but the price quoted in ANS-7 is 8.75 EUR"));
	}

	@Test
	void refusesAProductThatIsNotInTheSuppliersCatalog() {
		Outcome outcome = this.rule.check(order(line(1, "SKU-1", "1", null), line(2, "SKU-9", "1", null)), BISTRO, ACME,
				CONNECTION);

		assertThat(outcome).isEqualTo(Outcome.refuse("Line 2: product SKU-9 is not in Acme's catalog"));
	}

	@Test
	void refusesAHiddenAndAnInactiveProductOnOneRequestNamingEachLine() {
		Outcome outcome = this.rule.check(request("SKU-2", "SKU-1", "SKU-3"), BISTRO, ACME, CONNECTION);

		assertThat(outcome).isEqualTo(Outcome.refuse(
				"Line 1: product SKU-2 is not available to you; " + "Line 3: product SKU-3 is not available to you"));
	}

	@Test
	void refusesALineInAnotherUnitThanTheProductsInsteadOfPricingItAsIfTheUnitsWereOne() {
		Order order = order(line(1, "SKU-1", "12", null),
				new Order.Line(2, ProductRef.sku("SKU-1"), Quantity.of("6", "KGM"), null));
		OrderRequest request = new OrderRequest(envelope(),
				List.of(new OrderRequest.Line(1, ProductRef.sku("SKU-1"), Quantity.of("2", "KGM"))), null, List.of(),
				null, null);

		assertThat(this.rule.check(order, BISTRO, ACME, CONNECTION))
			.isEqualTo(Outcome.refuse("Line 2: product SKU-1 is sold in PCE, not KGM; give the quantity in PCE"));
		assertThat(this.rule.check(request, BISTRO, ACME, CONNECTION))
			.isEqualTo(Outcome.refuse("Line 1: product SKU-1 is sold in PCE, not KGM; give the quantity in PCE"));
	}

	@Test
	void passesARequestForVisibleProductsUnchanged() {
		OrderRequest request = request("SKU-1");

		assertThat(this.rule.check(request, BISTRO, ACME, CONNECTION)).isEqualTo(Outcome.pass(request));
	}

	@Test
	void findsALineByItsGtinWhenItHasNoSku() {
		Order order = order(new Order.Line(1, ProductRef.gtin("4012345000009"), Quantity.of("1", "PCE"), null));

		assertThat(passed(this.rule.check(order, BISTRO, ACME, CONNECTION)).lines().get(0).unitPrice())
			.isEqualTo(Money.of("10.45", "EUR"));
	}

	@Test
	void passesEveryOrderOfASupplierWithoutACatalogThrough() {
		CatalogRule rule = new CatalogRule(new FakeCatalog(Optional.empty()), (order, connection) -> Optional.empty());
		Order order = order(line(1, "ANYTHING", "1", null));

		assertThat(rule.check(order, BISTRO, ACME, CONNECTION)).isEqualTo(Outcome.pass(order));
	}

	@Test
	void leavesDocumentsThatAreNoRequestOrOrderToTheSupplierAlone() {
		ShipmentNotice notice = new ShipmentNotice(envelope(),
				List.of(new ShipmentNotice.Line(1, ProductRef.sku("SKU-9"), Quantity.of("1", "PCE"), null, null)), null,
				null, null, null, null, null, null);
		Order fromSupplier = order(line(1, "SKU-9", "1", null));

		assertThat(this.rule.check(notice, ACME, BISTRO, CONNECTION)).isEqualTo(Outcome.pass(notice));
		assertThat(this.rule.check(fromSupplier, ACME, BISTRO, CONNECTION)).isEqualTo(Outcome.pass(fromSupplier));
	}

	private static Order passed(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Pass.class);
		return (Order) ((Outcome.Pass) outcome).document();
	}

	private static Order.Line line(int number, String sku, String quantity, @Nullable String price) {
		return new Order.Line(number, ProductRef.sku(sku), Quantity.of(quantity, "PCE"),
				(price == null) ? null : Money.of(price, "EUR"));
	}

	private static Order order(Order.Line... lines) {
		return new Order(envelope(), List.of(lines), null, List.of(), null, null, null);
	}

	private static OrderRequest request(String... skus) {
		List<OrderRequest.Line> lines = new ArrayList<>();
		for (int i = 0; i < skus.length; i++) {
			lines.add(new OrderRequest.Line(i + 1, ProductRef.sku(skus[i]), Quantity.of("1", "PCE")));
		}
		return new OrderRequest(envelope(), lines, null, List.of(), null, null);
	}

	private static Envelope envelope() {
		return new Envelope(UUID.randomUUID(), new Party(BISTRO.companyId(), null, "Bistro"),
				new Party(ACME.companyId(), null, "Acme"), "PO-1", null, null, null, null);
	}

	private static CatalogItem item(String sku, @Nullable String gtin, boolean active, Tier... tiers) {
		return new CatalogItem(sku, gtin, sku + " description", "PCE", Money.of("12.00", "EUR"), active,
				List.of(tiers));
	}

	private static PartnerView partner(String name, PartnerRole role) {
		return new PartnerView(UUID.randomUUID(), name, role, ZoneId.of("Europe/Berlin"), Locale.ENGLISH, List.of(),
				null);
	}

	/** The catalog service with one answer for every supplier and customer. */
	private static final class FakeCatalog extends CatalogService {

		private final Optional<CustomerCatalog> catalog;

		FakeCatalog(Optional<CustomerCatalog> catalog) {
			super(null, null, null, null, null);
			this.catalog = catalog;
		}

		@Override
		public Optional<CustomerCatalog> customerCatalog(UUID supplierId, UUID customerId) {
			return this.catalog;
		}

	}

}
