package io.tradehub.format.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.tradehub.document.Order;
import io.tradehub.shared.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads each third-party CSV sample of ../shared/corpus in place (never copied into the
 * project, see SOURCES.md for their licences) with its layout.
 */
class CsvCorpusTests {

	static final Path CORPUS = Path.of("..", "shared", "corpus", "csv");

	@BeforeAll
	static void corpusIsThere() {
		assumeTrue(Files.isDirectory(CORPUS), "Skipped: the shared corpus is not at " + CORPUS.toAbsolutePath()
				+ " (a clone without ../shared); the CSV golden tests still run");
	}

	@Test
	void flatQuotedOrderLinesBecomeFourOrdersGroupedByOrderNumber() throws IOException {
		CsvResult<Order> result = read("orders/flat-order-lines-quoted-no-header-crlf.csv");
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).extracting(order -> order.envelope().documentNumber())
			.containsExactly("BGMREF", "1-4500094289", "1-4500094290", "1-4500094291");
		assertThat(result.documents()).extracting(order -> order.lines().size()).containsExactly(4, 2, 1, 1);
		Order first = result.documents().get(0);
		assertThat(first.envelope().sender().identity()).isEqualTo("14:PARTNER1");
		assertThat(first.envelope().documentDate()).isEqualTo(LocalDate.of(2005, 8, 19));
		assertThat(first.shipTo().identity()).isEqualTo("14:8712345002015");
		assertThat(first.lines().get(1).product().gtin()).isEqualTo("8712345005009");
		assertThat(result.documents().get(3).lines().get(0).quantity().value()).isEqualByComparingTo("9");
	}

	@Test
	void poLinesWithHeaderBecomeOneOrderPerPurchaseOrderNumber() throws IOException {
		CsvResult<Order> result = read("orders/po-lines-upc-qty-price-with-header.csv");
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).extracting(order -> order.envelope().documentNumber())
			.containsExactly("128576", "128577", "128578");
		Order second = result.documents().get(1);
		assertThat(second.envelope().sender().name()).isEqualTo("Maria Theresa");
		assertThat(second.shipTo().city()).isEqualTo("Innsbruck");
		Order.Line line = second.lines().get(0);
		assertThat(line.lineNumber()).isEqualTo(1);
		assertThat(line.product().gtin()).isEqualTo("4000862141405");
		assertThat(line.quantity().unit()).isEqualTo("KGM");
		assertThat(line.unitPrice()).isEqualTo(Money.of("55", "EUR"));
	}

	@Test
	void skuAndQuantityRowsBecomeOneOrderWithTheEnvelopeFromTheContext() throws IOException {
		CsvResult<Order> result = read("orders/sku-qty-semicolon-no-header.csv");
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).hasSize(1);
		Order order = result.documents().get(0);
		assertThat(order.envelope().documentNumber()).isEqualTo("sku-qty-semicolon-no-header.csv");
		assertThat(order.envelope().sender().name()).isEqualTo("Bistro Lumen");
		assertThat(order.lines()).extracting(line -> line.product().sku())
			.containsExactly("PROD_DEL", "PROD_DEL02", "E-COM11");
		assertThat(order.lines().get(2).quantity().value()).isEqualTo(new BigDecimal("5"));
		assertThat(order.lines().get(2).quantity().unit()).isEqualTo("PCE");
	}

	@Test
	void articlePricesWithDecimalCommaBecomeThreeCatalogEntries() throws IOException {
		byte[] input = Files.readAllBytes(CORPUS.resolve("catalog/article-prices-semicolon-decimal-comma.csv"));
		CsvResult<CatalogEntry> result = new CsvCatalogReader().read(input,
				CsvFixtures.LAYOUTS.layout("article-prices-semicolon-decimal-comma"));
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).hasSize(3);
		CatalogEntry third = result.documents().get(2);
		assertThat(third.line()).isEqualTo(4);
		assertThat(third.gtin()).isEqualTo("8712345678906");
		assertThat(third.colour()).isEqualTo("white");
		assertThat(third.price()).isEqualTo(Money.of("40", "EUR"));
		assertThat(third.promoPrice()).isEqualTo(Money.of("30.00", "EUR"));
		assertThat(third.validFrom()).isEqualTo(LocalDate.of(2008, 6, 30));
		assertThat(result.documents().get(0).promoPrice()).isNull();
	}

	private static CsvResult<Order> read(String file) throws IOException {
		Path path = CORPUS.resolve(file);
		String layout = path.getFileName().toString().replace(".csv", "");
		return new CsvOrderReader().read(Files.readAllBytes(path), CsvFixtures.LAYOUTS.layout(layout),
				CsvFixtures.context().withDocument(path.getFileName().toString(), null));
	}

}
