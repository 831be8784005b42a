package io.tradehub.format.xml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XML form carries exactly what the JSON form does: every JSON example comes back
 * equal through XML, and the XML examples are what the writer produces, byte for byte.
 */
class CanonicalXmlTests {

	private static final Path EXAMPLES = Path.of("mappings", "canonical", "examples");

	private static final Path XML_EXAMPLES = Path.of("mappings", "canonical", "examples-xml");

	static Stream<Path> jsonExamples() throws IOException {
		return Files.list(EXAMPLES).sorted();
	}

	static Stream<Path> xmlExamples() throws IOException {
		return Files.list(XML_EXAMPLES).sorted();
	}

	@ParameterizedTest
	@MethodSource("jsonExamples")
	void everyJsonExampleComesBackEqualThroughXml(Path example) throws IOException {
		CanonicalDocument document = CanonicalJson.read(Files.readString(example, StandardCharsets.UTF_8));

		XmlResult result = CanonicalXml.read(CanonicalXml.write(document));

		assertThat(result).isEqualTo(new XmlResult.Read(document));
	}

	@ParameterizedTest
	@MethodSource("xmlExamples")
	void everyXmlExampleIsTheWrittenFormOfItsJsonExample(Path xmlExample) throws IOException {
		String name = xmlExample.getFileName().toString().replace(".xml", ".json");
		CanonicalDocument document = CanonicalJson
			.read(Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8));

		assertThat(CanonicalXml.write(document)).isEqualTo(Files.readString(xmlExample, StandardCharsets.UTF_8));
		assertThat(CanonicalXml.read(Files.newInputStream(xmlExample))).isEqualTo(new XmlResult.Read(document));
	}

	@Test
	void everyDocumentTypeHasItsOwnRootElement() throws IOException {
		Order order = (Order) CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));

		assertThat(CanonicalXml.write(order)).contains("<order>").contains("<lines>").contains("<line>");
	}

	@Test
	void emptyListsAreLeftOutAndReadBackEmpty() throws IOException {
		Order order = (Order) CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		Order withoutReferences = new Order(order.envelope(), order.lines(), order.shipTo(), null,
				order.requestedDelivery(), order.shipBy(), "Line one\r\nline two & <three>");

		String xml = CanonicalXml.write(withoutReferences);

		assertThat(xml).doesNotContain("references");
		assertThat(CanonicalXml.read(xml)).isEqualTo(new XmlResult.Read(withoutReferences));
	}

}
