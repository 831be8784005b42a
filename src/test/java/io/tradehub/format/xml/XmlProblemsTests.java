package io.tradehub.format.xml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malformed document is refused with the line, column and what is wrong, never with an
 * exception.
 */
class XmlProblemsTests {

	private static final Path ORDER = Path.of("mappings", "canonical", "examples-xml", "order.xml");

	@Test
	void badSyntaxNamesItsPosition() {
		XmlResult result = CanonicalXml.read("<order>\n  <note>Hi</nope>\n</order>");

		assertThat(problem(result).line()).isEqualTo(2);
		assertThat(problem(result).column()).isPositive();
		assertThat(problem(result).message()).contains("nope").doesNotContain("row,col");
	}

	@Test
	void unknownElementIsRefusedWithItsNameAndWhere() throws IOException {
		String xml = order().replace("<note>Please deliver before 10:00.</note>", "<notes>Hi</notes>");

		assertThat(problem(CanonicalXml.read(xml)))
			.isEqualTo(new XmlProblem(73, 9, "Unknown element <notes> in order"));
	}

	@Test
	void unknownElementInsideALineNamesTheLine() throws IOException {
		String xml = order().replace("<lineNumber>2</lineNumber>", "<lineNumber>2</lineNumber><colour>red</colour>");

		assertThat(problem(CanonicalXml.read(xml)).message()).isEqualTo("Unknown element <colour> in order/lines[2]");
	}

	@Test
	void missingRequiredElementIsNamed() throws IOException {
		String xml = order().replace("<documentNumber>PO-2026-0412</documentNumber>", "");

		assertThat(problem(CanonicalXml.read(xml)).message())
			.isEqualTo("The required element <documentNumber> is missing (at order/envelope)");
	}

	@Test
	void ruleOfTheModelIsReportedInItsWords() throws IOException {
		String xml = order().replace("<lineNumber>2</lineNumber>", "<lineNumber>1</lineNumber>");

		assertThat(problem(CanonicalXml.read(xml)).message()).startsWith("An order has line number 1 twice");
	}

	@Test
	void badValueIsNamedWithWhereItIs() throws IOException {
		String xml = order().replace("<value>2.5</value>", "<value>two</value>");

		assertThat(problem(CanonicalXml.read(xml)).message()).contains("'two'")
			.contains("order/lines[2]/quantity/value");
	}

	@Test
	void unknownDocumentIsRefusedByName() {
		assertThat(CanonicalXml.read("<?xml version=\"1.0\"?>\n<invoice/>"))
			.isEqualTo(new XmlResult.Refused(new XmlProblem(2, 1,
					"Unknown document <invoice>; canonical XML has <orderRequest>, <answer>, <order>, <orderResponse>, "
							+ "<shipmentNotice>, <acknowledgement>")));
	}

	@Test
	void emptyAndNonXmlInputAreRefused() {
		assertThat(CanonicalXml.read("")).isInstanceOf(XmlResult.Refused.class);
		assertThat(CanonicalXml.read("UNA:+.? 'UNB+UNOC:3")).isInstanceOf(XmlResult.Refused.class);
		assertThat(problem(CanonicalXml.read("{\"type\":\"ORDER\"}")).line()).isEqualTo(1);
	}

	@Test
	void contentAfterTheDocumentIsRefused() throws IOException {
		assertThat(CanonicalXml.read(order() + "<order/>")).isInstanceOf(XmlResult.Refused.class);
	}

	private static XmlProblem problem(XmlResult result) {
		assertThat(result).isInstanceOf(XmlResult.Refused.class);
		return ((XmlResult.Refused) result).problem();
	}

	private static String order() throws IOException {
		return Files.readString(ORDER, StandardCharsets.UTF_8);
	}

}
