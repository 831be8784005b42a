package io.tradehub.format.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tradehub.document.Order;
import io.tradehub.document.ProductRef;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical ORDERs written as CSV in each layout come back equal when read again, numbers
 * use the layout's decimal separator, and no cell can run as a spreadsheet formula.
 */
class CsvOrderWriterTests {

	private final CsvOrderWriter writer = new CsvOrderWriter();

	@Test
	void flatOrdersComeBackEqualThroughCsv() throws IOException {
		assertRoundTrip("flat-two-orders", "flat-order-lines-quoted-no-header-crlf");
	}

	@Test
	void poLinesComeBackEqualThroughCsvWithTheirHeader() throws IOException {
		List<Order> orders = assertRoundTrip("po-lines-one-order", "po-lines-upc-qty-price-with-header");
		String csv = new String(this.writer.write(orders, layout("po-lines-upc-qty-price-with-header")),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("LINE_NUMBER,UPC_NUMBER,QUANTITY,PRICE,UOM,PO_NUMBER,")
			.contains("\n\"\",4012345654321,2.5,12.40,KGM,PO-9,20261120,\"Bistro Lumen, kitchen\",C-17,");
	}

	@Test
	void skuQuantityOrderComesBackEqualThroughCsv() throws IOException {
		assertRoundTrip("sku-qty-with-bom", "sku-qty-semicolon-no-header");
	}

	@Test
	void quotedLayoutQuotesEveryCellAndEndsLinesWithCrlf() throws IOException {
		List<Order> orders = CsvOrderReaderTests.orders("flat-two-orders", "flat-order-lines-quoted-no-header-crlf");
		String csv = new String(this.writer.write(orders, layout("flat-order-lines-quoted-no-header-crlf")),
				StandardCharsets.ISO_8859_1);
		assertThat(csv).startsWith("\"\",\"4012345000016\",\"4012345000009\",\"\",\"PO-7\",\"20261120\",")
			.endsWith(",\"1\",\"4012345123456\",\"\",\"\",\"6\"\r\n");
	}

	@Test
	void numbersUseTheLayoutsDecimalComma() {
		CsvLayout decimalComma = layout("sku-qty-semicolon-no-header");
		decimalComma = new CsvLayout("comma", decimalComma.kind(), ';', '"', false, false, ',', decimalComma.charset(),
				"\n", true, decimalComma.currency(), "PCE", decimalComma.dates(), decimalComma.datePattern(), null,
				decimalComma.columns(), decimalComma.fields(), decimalComma.references());
		Order order = order(new Order.Line(1, ProductRef.sku("CHE-1"), Quantity.of("2.5", "KGM"), null));
		assertThat(new String(this.writer.write(List.of(order), decimalComma), StandardCharsets.UTF_8))
			.isEqualTo("CHE-1;2,5\n");
	}

	@Test
	void cellsThatWouldRunAsSpreadsheetFormulasArePrefixedWithAQuote() {
		Order order = order(new Order.Line(1, ProductRef.sku("=HYPERLINK(\"attacker-site\")"), Quantity.of("1", "PCE"),
				Money.of("2", "EUR")));
		String csv = new String(this.writer.write(List.of(order), layout("sku-qty-semicolon-no-header")),
				StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"attacker-site\"\")\";1\n");
		assertThat(List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "")).map(CsvOrderWriter::defused)
			.containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "");
	}

	@Test
	void negativeNumbersAreWrittenAsNumbersWhileTextStartingWithAMinusIsDefused() {
		Order order = order(
				new Order.Line(1, ProductRef.sku("-7"), Quantity.of("-2", "PCE"), Money.of("-3.50", "EUR")));
		assertThat(new String(this.writer.write(List.of(order), layout("sku-qty-semicolon-no-header")),
				StandardCharsets.UTF_8))
			.isEqualTo("'-7;-2\n");
		assertThat(new String(this.writer.write(List.of(order), layout("po-lines-upc-qty-price-with-header")),
				StandardCharsets.UTF_8))
			.contains("\n\"\",,-2,-3.50,PCE,");
	}

	private List<Order> assertRoundTrip(String name, String layout) throws IOException {
		List<Order> orders = CsvOrderReaderTests.orders(name, layout);
		byte[] csv = this.writer.write(orders, layout(layout));
		CsvResult<Order> again = new CsvOrderReader().read(csv, layout(layout),
				CsvFixtures.context().withDocument(name, null));
		assertThat(again.problems()).isEmpty();
		assertThat(again.documents()).isEqualTo(orders);
		return orders;
	}

	private static Order order(Order.Line line) {
		return new CsvOrderReader()
			.read("X;1\n".getBytes(StandardCharsets.UTF_8), layout("sku-qty-semicolon-no-header"),
					CsvFixtures.context().withDocument("PO-1", null))
			.documents()
			.stream()
			.map(read -> new Order(read.envelope(), List.of(line), null, List.of(), null, null, null))
			.findFirst()
			.orElseThrow();
	}

	private static CsvLayout layout(String name) {
		return CsvFixtures.LAYOUTS.layout(name);
	}

}
