package io.tradehub.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.ProductRef;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;
import io.tradehub.pipeline.DocumentRule;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;

import org.springframework.stereotype.Component;

/**
 * Order requests and orders name only products of the supplier's catalog that the
 * customer may see (by SKU, else GTIN), in the product's unit; an order's lines carry the
 * customer's price, or the price the supplier quoted in the answer the order takes up: a
 * line without one gets it filled in, a line with another is refused. The supplier is the
 * document's receiver. A supplier that keeps no catalog on the hub (not one product) has
 * its documents passed through unchecked: it prices and checks its orders in its own
 * system, as every supplier did before the hub had catalogs.
 */
@Component
@org.springframework.core.annotation.Order(100)
class CatalogRule implements DocumentRule {

	private final CatalogService catalog;

	private final Quotes quotes;

	CatalogRule(CatalogService catalog, Quotes quotes) {
		this.catalog = catalog;
		this.quotes = quotes;
	}

	@Override
	public Outcome check(CanonicalDocument document, PartnerView sender, PartnerView receiver,
			ConnectionState connection) {
		if (!(document instanceof Order || document instanceof OrderRequest)
				|| !receiver.companyId().equals(connection.supplierId())) {
			return Outcome.pass(document);
		}
		Optional<CustomerCatalog> found = this.catalog.customerCatalog(connection.supplierId(),
				connection.customerId());
		if (found.isEmpty()) {
			return Outcome.pass(document);
		}
		CustomerCatalog catalog = found.get();
		List<String> refusals = new ArrayList<>();
		if (document instanceof OrderRequest request) {
			request.lines()
				.forEach(line -> item(catalog, line.lineNumber(), line.product(), line.quantity(), receiver, refusals));
			return refusals.isEmpty() ? Outcome.pass(document) : Outcome.refuse(String.join("; ", refusals));
		}
		Order order = (Order) document;
		Optional<Answer> quote = this.quotes.takenUpBy(order, connection);
		Map<String, Money> quoted = quote.map(answer -> quotedPrices(catalog, answer)).orElse(Map.of());
		List<Order.Line> lines = new ArrayList<>();
		for (Order.Line line : order.lines()) {
			Optional<CatalogItem> item = item(catalog, line.lineNumber(), line.product(), line.quantity(), receiver,
					refusals);
			if (item.isEmpty()) {
				continue;
			}
			Money quotedPrice = quoted.get(item.get().sku());
			Money price = (quotedPrice != null) ? quotedPrice : catalog.unitPrice(item.get(), line.quantity().value());
			if (line.unitPrice() == null) {
				lines.add(new Order.Line(line.lineNumber(), line.product(), line.quantity(), price));
			}
			else if (!same(line.unitPrice(), price)) {
				String agreed = (quotedPrice != null)
						? "the price quoted in " + quote.get().envelope().documentNumber() + " is "
						: "your price for " + show(line.quantity()) + " is ";
				refusals.add("Line " + line.lineNumber() + ": the unit price of product " + name(line.product())
						+ " is " + show(line.unitPrice()) + ", but " + agreed + show(price));
			}
			else {
				lines.add(line);
			}
		}
		if (!refusals.isEmpty()) {
			return Outcome.refuse(String.join("; ", refusals));
		}
		return Outcome.pass(new Order(order.envelope(), lines, order.shipTo(), order.references(),
				order.requestedDelivery(), order.shipBy(), order.note()));
	}

	/**
	 * The unit prices the answer quoted, by the SKU of the catalog product each line
	 * names: what the order that takes it up is priced at.
	 */
	private static Map<String, Money> quotedPrices(CustomerCatalog catalog, Answer answer) {
		Map<String, Money> prices = new HashMap<>();
		for (Answer.Line line : answer.lines()) {
			if (line.unitPrice() != null) {
				catalog.find(line.product()).ifPresent(item -> prices.put(item.sku(), line.unitPrice()));
			}
		}
		return prices;
	}

	/**
	 * The line's product when the customer may order it in the line's unit; else why not,
	 * in the refusals. A line in another unit than the product's is refused rather than
	 * priced: 6 KGM of a product sold per piece has no price without a conversion the
	 * catalog does not hold.
	 */
	private static Optional<CatalogItem> item(CustomerCatalog catalog, int lineNumber, ProductRef product,
			Quantity quantity, PartnerView supplier, List<String> refusals) {
		Optional<CatalogItem> item = catalog.find(product);
		if (item.isEmpty()) {
			refusals.add("Line " + lineNumber + ": product " + name(product) + " is not in " + supplier.name()
					+ "'s catalog");
		}
		else if (!catalog.available(item.get())) {
			refusals.add("Line " + lineNumber + ": product " + name(product) + " is not available to you");
			return Optional.empty();
		}
		else if (!item.get().unit().equalsIgnoreCase(quantity.unit())) {
			refusals.add("Line " + lineNumber + ": product " + name(product) + " is sold in " + item.get().unit()
					+ ", not " + quantity.unit() + "; give the quantity in " + item.get().unit());
			return Optional.empty();
		}
		return item;
	}

	private static boolean same(Money a, Money b) {
		return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
	}

	private static String name(ProductRef product) {
		if (product.sku() != null) {
			return product.sku();
		}
		return (product.gtin() != null) ? product.gtin() : product.buyerCode();
	}

	private static String show(Money money) {
		return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
	}

	private static String show(Quantity quantity) {
		return quantity.value().stripTrailingZeros().toPlainString() + " " + quantity.unit();
	}

}
