package io.tradehub.format.x12;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.Order;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.OrderResponse.Action;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared corpus's X12 samples, read in place (never copied): 850s become orders, 855s
 * order responses, 856s shipment notices, and 810 is refused by name.
 */
class X12MapperCorpusTests {

	static final Path X12 = Path.of("..", "shared", "corpus", "x12");

	static List<MappedMessage> map(String file) throws IOException {
		assumeTrue(Files.isDirectory(X12), "../shared/corpus is absent (a user's own clone): corpus test skipped");
		return X12Mapped.map(X12.resolve(file), X12Mapped.context(X12Mapped.HUB_ID, "USD"));
	}

	static <T> T document(MappedMessage result, Class<T> type) {
		assertThat(result.problems()).isEmpty();
		return type.cast(result.document());
	}

	@Test
	void retailWidgetsOrderHasSixLinesWithTheirProductsAndPrices() throws IOException {
		for (String file : List.of("850/4010-retail-widgets-newline-terminator.edi",
				"850/4010-vics-retail-widgets-tilde-lf.edi")) {
			Order order = document(map(file).get(0), Order.class);
			assertThat(order.envelope().documentNumber()).isEqualTo("08292233294");
			assertThat(order.envelope().source().format()).isEqualTo("X12 004010");
			assertThat(order.lines()).hasSize(6);
			Order.Line first = order.lines().get(0);
			assertThat(first.product().sku()).isEqualTo("AB3542");
			assertThat(first.product().description()).isEqualTo("SMALL WIDGET");
			assertThat(first.quantity().value()).isEqualByComparingTo("120");
			assertThat(first.unitPrice().amount()).isEqualByComparingTo("9.25");
		}
	}

	@Test
	void ordersOfEveryOtherSampleMapWithTheirLines() throws IOException {
		List<MappedMessage> pipe = map("850/4010-pipe-element-sep-single-line.edi");
		assertThat(pipe).extracting((result) -> document(result, Order.class).lines().size())
			.containsExactly(5, 2, 1, 11);
		Order p1 = document(pipe.get(0), Order.class);
		assertThat(p1.envelope().documentNumber()).isEqualTo("P1234567");
		assertThat(p1.lines().get(0).product().gtin()).isEqualTo("717119850241");
		List<MappedMessage> vics = map("850/4010-vics-del-element-nak-terminator-42kb.edi");
		assertThat(vics).extracting((result) -> document(result, Order.class).lines().size())
			.containsExactly(64, 58, 25, 22);
		Order indented = document(map("850/4010-indented-bom-crlf.edi").get(0), Order.class);
		assertThat(indented.envelope().documentNumber()).isEqualTo("6190");
		assertThat(indented.lines()).hasSize(2);
		assertThat(indented.lines().get(0).unitPrice().amount()).isEqualByComparingTo("10.98");
		Order petco = document(map("850/4010-petco-anonymized-newline-terminator.edi").get(0), Order.class);
		assertThat(petco.lines()).singleElement()
			.satisfies((line) -> assertThat(line.unitPrice().amount()).isEqualByComparingTo("225"));
	}

	@Test
	void orderAcknowledgementsCarryEachLinesStatus() throws IOException {
		OrderResponse books = document(map("855/4010-books-line-ack-status.edi").get(0), OrderResponse.class);
		assertThat(books.envelope().documentNumber()).isEqualTo("POTEST1112");
		assertThat(books.action()).isEqualTo(Action.ACCEPTED);
		assertThat(books.lines()).extracting(OrderResponse.Line::action)
			.containsExactly(Action.ACCEPTED, Action.REJECTED, Action.REJECTED, Action.ACCEPTED);
		assertThat(books.lines().get(0).product().gtin()).isEqualTo("9780446360265");
		assertThat(books.lines().get(1).quantity().value()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(map("855/4010-indented-two-transactions.edi"))
			.extracting((result) -> document(result, OrderResponse.class).lines().size())
			.containsExactly(2, 1);
		assertThat(map("855/4010-ucs-grocery-six-transactions.edi"))
			.extracting((result) -> document(result, OrderResponse.class).lines().size())
			.containsExactly(26, 1, 1, 17, 22, 1);
	}

	@Test
	void shipNoticesWalkTheHierarchyToEachItemsOrder() throws IOException {
		ShipmentNotice star = document(map("856/4010-tilde-element-star-terminator.edi").get(0), ShipmentNotice.class);
		assertThat(star.envelope().documentNumber()).isEqualTo("123456");
		assertThat(star.lines()).extracting((line) -> line.product().buyerCode())
			.containsExactly("1234-123456", "1234-654321", "1234-223456");
		assertThat(star.lines()).extracting(ShipmentNotice.Line::orderNumber).containsOnly("123456");
		assertThat(star.lines()).extracting(ShipmentNotice.Line::orderLineNumber).containsExactly(1, 2, 4);
		List<MappedMessage> packs = map("856/4010-retail-multi-order-pack-item-crlf.edi");
		assertThat(packs).extracting((result) -> document(result, ShipmentNotice.class).lines().size())
			.containsExactly(6, 2);
		assertThat(document(packs.get(0), ShipmentNotice.class).lines().get(0).orderNumber()).isEqualTo("ordernumber1");
		ShipmentNotice v4060 = document(map("856/4060-ship-order-item.edi").get(0), ShipmentNotice.class);
		assertThat(v4060.envelope().source().format()).isEqualTo("X12 004060");
		assertThat(v4060.lines()).hasSize(2);
		assertThat(v4060.lines().get(0).orderNumber()).isEqualTo("99999817");
	}

	@Test
	void invoicesAreRefusedAsUnsupportedByName() throws IOException {
		assertThat(map("810/4010-two-invoices-crlf.edi")).hasSize(2).allSatisfy((result) -> {
			assertThat(result.document()).isNull();
			assertThat(result.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.UNSUPPORTED_TYPE);
				assertThat(problem.segment()).isEqualTo("ST");
				assertThat(problem.message()).contains("810");
			});
		});
	}

}
