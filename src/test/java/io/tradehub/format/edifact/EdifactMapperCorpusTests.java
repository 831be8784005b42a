package io.tradehub.format.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.tradehub.document.Order;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The third-party EDIFACT samples of ../shared/corpus, read in place (never copied):
 * ORDERS become orders, DESADV shipment notices, INVOIC is refused by name, and a sample
 * lacking what the canonical model needs gives the exact positioned problem.
 */
class EdifactMapperCorpusTests {

	static final Path CORPUS = Path.of("..", "shared", "corpus", "edifact");

	@BeforeAll
	static void corpusIsThere() {
		assumeThat(Files.isDirectory(CORPUS)).as("../shared/corpus is absent (a user's own clone): corpus not mapped")
			.isTrue();
	}

	static List<MappedMessage> map(String file) throws IOException {
		EdiReading reading;
		try (InputStream input = Files.newInputStream(CORPUS.resolve(file))) {
			reading = new EdiReader().read(input);
		}
		EdifactMapper mapper = new EdifactMapper(() -> EdifactMapperRoundTripTests.HUB_ID, EdifactWriterTests.CLOCK);
		List<MappedMessage> mappings = new ArrayList<>();
		for (Interchange interchange : reading.interchanges()) {
			for (EdiMessage message : interchange.messages()) {
				mappings.add(mapper.map(interchange, message));
			}
		}
		return mappings;
	}

	static List<Order> orders(String file) throws IOException {
		List<MappedMessage> mappings = map(file);
		assertThat(mappings).allSatisfy((mapping) -> assertThat(mapping.problems()).isEmpty());
		return mappings.stream().map((mapping) -> (Order) mapping.document()).toList();
	}

	@Test
	void theAmazonEuOrderMapsWithItsNumberGtinsQuantitiesAndPrices() throws IOException {
		List<Order> orders = orders("orders/d96a-eancom-ean008-amazon-eu-with-prices.edi");
		assertThat(orders).hasSize(1);
		Order order = orders.get(0);
		assertThat(order.envelope().documentNumber()).isEqualTo("1AA1TEST");
		assertThat(order.envelope().sender().identity()).isEqualTo("14:5450534000017");
		assertThat(order.envelope().receiver().identity()).isEqualTo("14:8450534000000");
		assertThat(order.envelope().source().format()).isEqualTo("EDIFACT D96A");
		assertThat(order.envelope().source().interchangeReference()).isEqualTo("4234");
		assertThat(order.lines()).hasSize(3);
		Order.Line first = order.lines().get(0);
		assertThat(first.product().gtin()).isEqualTo("9783898307529");
		assertThat(first.quantity()).isEqualTo(Quantity.of("5", "PCE"));
		assertThat(first.unitPrice()).isEqualTo(Money.of("27.5", "EUR"));
		assertThat(order.lines().get(2).unitPrice()).isEqualTo(Money.of("3.85", "EUR"));
		assertThat(order.shipTo().identity()).isEqualTo("14:5450534008617");
	}

	@Test
	void theD01bFoodServiceOrderMapsAll146LinesBySupplierAndBuyerArticleNumber() throws IOException {
		Order order = orders("orders/d01b-eancom-ean010-foodservice-600-segments.edi").get(0);
		assertThat(order.envelope().documentNumber()).isEqualTo("2019265563");
		assertThat(order.envelope().source().format()).isEqualTo("EDIFACT D01B");
		assertThat(order.lines()).hasSize(146);
		Order.Line first = order.lines().get(0);
		assertThat(first.product().sku()).isEqualTo("1001");
		assertThat(first.product().buyerCode()).isEqualTo("6001001");
		assertThat(first.product().description()).isEqualTo("Butter 40x250g Alu");
		assertThat(first.quantity()).isEqualTo(Quantity.of("2", "GBND"));
	}

	@Test
	void ordersWithoutGtinInLinMapBySkuAndBuyerCodeWithoutTheGrossPrice() throws IOException {
		Order order = orders("orders/d96a-eancom-ean008-unoc-swiss-empty-lin-ean.edi").get(0);
		assertThat(order.envelope().documentNumber()).isEqualTo("467819");
		assertThat(order.lines()).hasSize(5);
		assertThat(order.lines().get(0).product().sku()).isEqualTo("1276");
		assertThat(order.lines().get(0).product().buyerCode()).isEqualTo("31136");
		assertThat(order.lines().get(0).quantity()).isEqualTo(Quantity.of("12", "BOU"));
		assertThat(order.lines()).allSatisfy((line) -> assertThat(line.unitPrice()).isNull());
	}

	@Test
	void everyMessageOfMultiMessageAndMultiInterchangeFilesBecomesAnOrder() throws IOException {
		assertThat(orders("orders/d96a-eancom-4-messages-one-interchange-crlf.edi"))
			.extracting((order) -> order.envelope().documentNumber() + ":" + order.lines().size())
			.containsExactly("BGMREF:4", "1-4500094289:2", "1-4500094290:1", "1-4500094291:1");
		assertThat(orders("orders/d96a-eancom-two-interchanges-one-file.edi"))
			.extracting((order) -> order.envelope().source().interchangeReference())
			.containsExactly("T0000000004-1", "T0000000004-1", "T0000000004-2");
		assertThat(orders("orders/d96a-eancom-single-line-no-line-breaks.edi")).hasSize(1);
	}

	@Test
	void aPriceWithoutAnyCurrencyIsAPositionedProblem() throws IOException {
		assertThat(map("orders/d96b-ean008b-with-ung-une-group.edi")).singleElement()
			.satisfies((mapping) -> assertThat(mapping.document()).isNull())
			.extracting(MappedMessage::problems)
			.isEqualTo(List.of(new ParseProblem(Kind.MISSING_SEGMENT, "PRI", 17, 17, null,
					"PRI gives an amount but the message names no currency (CUX+2)")));
	}

	@Test
	void isbnLinesWithADiscreteQuantityAreRefusedLineByLine() throws IOException {
		MappedMessage mapping = map("orders/d03b-syntax4-books-repetition-separator.edi").get(0);
		assertThat(mapping.document()).isNull();
		assertThat(mapping.problems()).hasSize(8);
		assertThat(mapping.problems().subList(0, 2)).containsExactly(
				new ParseProblem(Kind.INVALID_ELEMENT, "LIN", 9, 9, "LIN03-2",
						"Line 1 names its product 0764569104 as type 'IB'; the hub reads GTINs (EN, SRV, UP),"
								+ " supplier's (SA) and buyer's (IN, BP) article numbers"),
				new ParseProblem(Kind.MISSING_SEGMENT, "LIN", 9, 9, null,
						"Line 1 has no QTY+21 (ordered quantity); the line needs it after its LIN"));
	}

	@Test
	void despatchAdvicesMapToShipmentNotices() throws IOException {
		List<MappedMessage> mappings = map("desadv/d96a-eancom-ean005-multi-message-crlf.edi");
		assertThat(mappings).hasSize(8).allSatisfy((mapping) -> assertThat(mapping.problems()).isEmpty());
		ShipmentNotice first = (ShipmentNotice) mappings.get(0).document();
		assertThat(first.envelope().documentNumber()).isEqualTo("VERZENDVB8");
		assertThat(first.envelope().answers().documentNumber()).isEqualTo("124");
		assertThat(first.envelope().sender().identity()).isEqualTo("14:8712300000001");
		assertThat(first.lines()).hasSize(12);
		assertThat(first.lines().get(0).shipped()).isEqualTo(Quantity.of("1.000", "PCE"));
		assertThat(first.lines().get(11).shipped().value()).isEqualByComparingTo(new BigDecimal("121212121212.121"));
	}

	@Test
	void aDespatchAdviceNamingBooksWithoutAnItemNumberTypeIsRefusedAtEachLine() throws IOException {
		MappedMessage mapping = map("desadv/d96a-books-no-una.edi").get(0);
		assertThat(mapping.document()).isNull();
		assertThat(mapping.problems())
			.extracting(ParseProblem::segment, ParseProblem::segmentPosition, ParseProblem::element)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LIN", 10, "LIN03-1"),
					org.assertj.core.groups.Tuple.tuple("LIN", 16, "LIN03-1"));
		assertThat(mapping.problems().get(0).message()).isEqualTo("Line 001 names no product: LIN03-1 has no GTIN and"
				+ " no PIA gives a supplier's (SA) or buyer's (IN) article number");
	}

	@Test
	void invoicesAreRefusedAsUnsupportedNamingInvoic() throws IOException {
		List<Path> invoices;
		try (Stream<Path> files = Files.list(CORPUS.resolve("invoic"))) {
			invoices = files.sorted().toList();
		}
		assertThat(invoices).isNotEmpty();
		for (Path invoice : invoices) {
			assertThat(map("invoic/" + invoice.getFileName())).as(invoice.toString())
				.isNotEmpty()
				.allSatisfy((mapping) -> {
					assertThat(mapping.document()).isNull();
					assertThat(mapping.problems()).singleElement().satisfies((problem) -> {
						assertThat(problem.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
						assertThat(problem.segment()).isEqualTo("UNH");
						assertThat(problem.message()).startsWith("EDIFACT INVOIC ");
					});
				});
		}
	}

}
