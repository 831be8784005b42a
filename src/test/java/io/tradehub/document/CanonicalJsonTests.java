package io.tradehub.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented JSON form: every example in {@code mappings/canonical/examples} reads
 * into the model and is written back byte for byte, and malformed documents are refused
 * naming what is wrong.
 */
class CanonicalJsonTests {

	private static final Path EXAMPLES = Path.of("mappings", "canonical", "examples");

	private static final Map<String, DocumentType> TYPES = Map.of("order-request.json", DocumentType.ORDER_REQUEST,
			"answer.json", DocumentType.ANSWER, "order.json", DocumentType.ORDER, "order-response.json",
			DocumentType.ORDER_RESPONSE, "shipment-notice.json", DocumentType.SHIPMENT_NOTICE, "acknowledgement.json",
			DocumentType.ACKNOWLEDGEMENT);

	static Stream<String> examples() {
		return TYPES.keySet().stream().sorted();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleReadsAsItsTypeAndIsWrittenBackUnchanged(String example) throws IOException {
		String json = Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8).stripTrailing();

		CanonicalDocument document = CanonicalJson.read(json);

		assertThat(document.type()).isEqualTo(TYPES.get(example));
		assertThat(CanonicalJson.write(document)).isEqualTo(json);
		assertThat(CanonicalJson.read(CanonicalJson.write(document))).isEqualTo(document);
	}

	@Test
	void everyTypeHasAnExample() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			assertThat(files.map(path -> path.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(TYPES.keySet());
		}
		assertThat(TYPES.values()).containsExactlyInAnyOrder(DocumentType.values());
	}

	@Test
	void amountsAndQuantitiesKeepTheirExactDecimals() throws IOException {
		Order order = (Order) CanonicalJson.read(example("order.json"));

		assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("4.85", "EUR"));
		assertThat(order.lines().get(1).quantity()).isEqualTo(Quantity.of("2.5", "KGM"));
		Answer answer = (Answer) CanonicalJson.read(example("answer.json"));
		assertThat(answer.shippingCharge().amount()).hasToString("12.00");
	}

	@Test
	void documentWithoutLinesIsRefusedSayingSo() throws IOException {
		String json = example("order.json").replaceFirst("(?s)\"lines\" : \\[.*?\\} \\],", "\"lines\" : [ ],");

		assertThatThrownBy(() -> CanonicalJson.read(json)).hasMessageContaining("An order needs at least one line");
	}

	@Test
	void lineNumberUsedTwiceIsRefused() throws IOException {
		String json = example("order.json").replace("\"lineNumber\" : 2", "\"lineNumber\" : 1");

		assertThatThrownBy(() -> CanonicalJson.read(json)).hasMessageContaining("An order has line number 1 twice");
	}

	@Test
	void unknownFieldIsRefusedWithItsName() throws IOException {
		String json = example("order.json").replace("\"note\" :", "\"notes\" :");

		assertThatThrownBy(() -> CanonicalJson.read(json)).hasMessageContaining("\"notes\"")
			.hasMessageContaining("Order[\"notes\"]");
	}

	@Test
	void unknownTypeIsRefusedWithItsName() throws IOException {
		String json = example("order.json").replace("\"type\" : \"ORDER\"", "\"type\" : \"INVOICE\"");

		assertThatThrownBy(() -> CanonicalJson.read(json)).hasMessageContaining("'INVOICE'");
	}

	@Test
	void productNeedsSomeWayToBeNamed() {
		assertThatThrownBy(() -> new ProductRef(null, null, null, "Cheese"))
			.hasMessage("A product needs a SKU, a GTIN or a buyer's code");
	}

	private static String example(String name) throws IOException {
		return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
	}

}
