package io.tradehub.format.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files of our own: each CSV input gives the canonical JSON next to it, byte for
 * byte, and malformed inputs give the exact problems at their positions.
 */
class CsvOrderReaderTests {

	private final CsvOrderReader reader = new CsvOrderReader();

	@Test
	void flatOrderLinesGiveTheirGoldenOrders() throws IOException {
		assertGolden("flat-two-orders", "flat-order-lines-quoted-no-header-crlf", 2);
	}

	@Test
	void poLinesWithHeaderGiveTheirGoldenOrder() throws IOException {
		assertGolden("po-lines-one-order", "po-lines-upc-qty-price-with-header", 1);
	}

	@Test
	void skuQuantityRowsWithUtf8BomGiveTheirGoldenOrder() throws IOException {
		assertGolden("sku-qty-with-bom", "sku-qty-semicolon-no-header", 1);
	}

	@Test
	void badValuesAreProblemsAtTheirLineAndColumn() throws IOException {
		CsvResult<Order> result = read("sku-qty-bad-values");
		assertThat(result.problems()).extracting(CsvProblem::describe)
			.containsExactly(
					"line 2, column 2 (QUANTITY): '1O' is not a quantity (a number with a point before any decimals)",
					"line 3, column 1 (SKU): the product is missing; each line needs its SKU or GTIN",
					"line 4: 3 columns where layout sku-qty-semicolon-no-header has 2 (SKU, QUANTITY)");
		assertThat(result.documents()).singleElement().satisfies(order -> assertThat(order.lines()).hasSize(1));
	}

	@Test
	void textAfterAClosingQuoteIsAProblemNotAnException() throws IOException {
		assertThat(read("sku-qty-broken-quote").problems()).extracting(CsvProblem::describe)
			.containsExactly("line 2: text follows a closing quote; a quoted cell must end with \" right before "
					+ "the separator or the line end");
	}

	@Test
	void aQuoteNeverClosedIsAProblemNotAnException() throws IOException {
		assertThat(read("sku-qty-unclosed-quote").problems()).extracting(CsvProblem::describe)
			.containsExactly("line 2: a quoted cell starts on this line and is never closed; end it with \"");
	}

	@Test
	void anEmptyFileIsAProblem() throws IOException {
		CsvResult<Order> result = read("sku-qty-empty");
		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).extracting(CsvProblem::describe)
			.containsExactly("line 1: the file is empty; layout sku-qty-semicolon-no-header expects at least one row");
	}

	@Test
	void bytesNotInTheDeclaredCharsetAreAProblemOnTheirLine() {
		CsvResult<Order> result = readSkuQuantity("SKU-1;1\nCAF\u00c9;2\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(result.problems()).extracting(CsvProblem::describe)
			.containsExactly("line 2: byte 12 is not valid UTF-8, the character set layout "
					+ "sku-qty-semicolon-no-header declares");
	}

	@Test
	void aQuantityTooLargeToRecordIsAProblemOnItsColumn() {
		CsvResult<Order> result = readSkuQuantity("SKU-1;2\nSKU-2;1234567890123456\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.problems()).extracting(CsvProblem::describe)
			.containsExactly("line 2, column 2 (QUANTITY): the quantity 1234567890123456 has more than 15 digits "
					+ "before the decimal point");
	}

	@Test
	void aHeaderThatIsNotTheLayoutsIsAProblemOnItsColumn() {
		byte[] input = "LINE_NUMBER,UPC,QUANTITY,PRICE,UOM,PO_NUMBER,PO_DATE,CUSTOMER_NAME,CUSTOMER_NUMBER,ADDRESS,CITY,STATE,POSTAL_CODE\n"
			.getBytes(StandardCharsets.UTF_8);
		CsvResult<Order> result = this.reader.read(input,
				CsvFixtures.LAYOUTS.layout("po-lines-upc-qty-price-with-header"), CsvFixtures.context());
		assertThat(result.problems()).extracting(CsvProblem::describe)
			.containsExactly("line 1, column 2 (UPC_NUMBER): the header says 'UPC' where layout "
					+ "po-lines-upc-qty-price-with-header expects UPC_NUMBER");
	}

	private CsvResult<Order> read(String name) throws IOException {
		return name.startsWith("sku-qty") ? readSkuQuantity(resource(name + ".csv"))
				: this.reader.read(resource(name + ".csv"), CsvFixtures.LAYOUTS.layout(name),
						CsvFixtures.context().withDocument("PO-1", null));
	}

	/** Reads the input as order PO-1 in layout sku-qty-semicolon-no-header. */
	private CsvResult<Order> readSkuQuantity(byte[] input) {
		return this.reader.read(input, CsvFixtures.LAYOUTS.layout("sku-qty-semicolon-no-header"),
				CsvFixtures.context().withDocument("PO-1", null));
	}

	private void assertGolden(String name, String layout, int orders) throws IOException {
		CsvResult<Order> result = this.reader.read(resource(name + ".csv"), CsvFixtures.LAYOUTS.layout(layout),
				CsvFixtures.context().withDocument(name, null));
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).hasSize(orders);
		for (int i = 0; i < orders; i++) {
			String expected = name + ((orders == 1) ? "" : "." + (i + 1)) + ".canonical.json";
			String actual = CanonicalJson.write(result.documents().get(i));
			Path written = Path.of("target", "csv-golden", expected);
			Files.createDirectories(written.getParent());
			Files.writeString(written, actual);
			assertThat(actual).as(expected + " (actual in " + written + ")")
				.isEqualTo(new String(resource(expected), StandardCharsets.UTF_8));
		}
	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = CsvOrderReaderTests.class.getResourceAsStream(name)) {
			return (in != null) ? in.readAllBytes() : new byte[0];
		}
	}

	static List<Order> orders(String name, String layout) throws IOException {
		return new CsvOrderReader()
			.read(resource(name + ".csv"), CsvFixtures.LAYOUTS.layout(layout),
					CsvFixtures.context().withDocument(name, null))
			.documents();
	}

}
