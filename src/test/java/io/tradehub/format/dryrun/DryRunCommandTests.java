package io.tradehub.format.dryrun;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dry run from the command line: canonical JSON and exit 0 for good files, positioned
 * problems as JSON and exit 1 for bad ones, exit 2 for a wrong command.
 */
class DryRunCommandTests {

	private static final String RESOURCES = "src/test/resources/io/tradehub/format/";

	private static final String EXAMPLES = "mappings/canonical/";

	@Test
	void canonicalJsonAndXmlComeOutAsTheDocumentsTheyHold() throws Exception {
		Run run = run(EXAMPLES + "examples/order.json", EXAMPLES + "examples-xml/acknowledgement.xml");

		assertThat(run.exit()).as(run.err()).isZero();
		List<CanonicalDocument> documents = CanonicalJson.readAll(run.out());
		assertThat(documents).hasSize(2);
		CanonicalDocument example = CanonicalJson.read(Files.readString(Path.of(EXAMPLES, "examples", "order.json")));
		// The hub gives each document it reads its own id; the rest is the file's.
		assertThat(documents.get(0).envelope().hubId()).isNotEqualTo(example.envelope().hubId());
		assertThat(documents.get(0).withEnvelope(documents.get(0).envelope().withHubId(example.envelope().hubId())))
			.isEqualTo(example);
		assertThat(documents.get(1).envelope().documentNumber()).isEqualTo("1000413");
	}

	@Test
	void csvIsReadWithTheLayoutNamed() throws Exception {
		Run run = run("--layout", "po-lines-upc-qty-price-with-header", RESOURCES + "csv/po-lines-one-order.csv");

		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		Order order = (Order) CanonicalJson.readAll(run.out()).get(0);
		assertThat(order.envelope().documentNumber()).isEqualTo("PO-9");
		assertThat(order.lines()).hasSize(2);
	}

	@Test
	void csvWithoutALayoutIsAProblemThatSaysWhatToDo() throws Exception {
		Run run = run(RESOURCES + "csv/po-lines-one-order.csv");

		assertThat(run.exit()).isEqualTo(1);
		JsonNode problem = run.json().get(0);
		assertThat(problem.get("kind").asText()).isEqualTo("CSV_LAYOUT");
		assertThat(problem.get("message").asText()).contains("--layout");
	}

	@Test
	void badCsvValuesComeOutWithLineAndColumn() throws Exception {
		Run run = run("--layout", "sku-qty-semicolon-no-header", RESOURCES + "csv/sku-qty-bad-values.csv");

		assertThat(run.exit()).isEqualTo(1);
		JsonNode quantity = run.json().get(0);
		assertThat(quantity.get("file").asText()).endsWith("sku-qty-bad-values.csv");
		assertThat(quantity.get("line").asInt()).isEqualTo(2);
		assertThat(quantity.get("column").asInt()).isEqualTo(2);
		assertThat(quantity.get("message").asText()).contains("'1O'");
	}

	@Test
	void edifactAndX12FilesComeOutAsTheirCanonicalDocuments() throws Exception {
		Run run = run(RESOURCES + "edifact/d96a/order.edi", RESOURCES + "x12/4010/order.edi");

		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		List<CanonicalDocument> documents = CanonicalJson.readAll(run.out());
		assertThat(documents).extracting(document -> document.envelope().documentNumber())
			.containsExactly("PO-2026-0412", "PO-2026-0412");
		assertThat(documents).extracting(document -> document.envelope().source().format())
			.containsExactly("EDIFACT D96A", "X12 004010");
		assertThat(((Order) documents.get(0)).lines()).hasSize(2);
	}

	@Test
	void edifactOrderBecomesAnX12OrderWithTo() {
		Run run = run("--to", "x12", RESOURCES + "edifact/d96a/order.edi");

		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		assertThat(run.out().replace("\n", "")).startsWith("ISA*").contains("BEG*00*SA*PO-2026-0412");
	}

	@Test
	void aTypeTheHubDoesNotTradeIsRefusedByName(@TempDir Path dir) throws Exception {
		Path invoice = Files.writeString(dir.resolve("invoice.edi"),
				"UNB+UNOA:3+SENDER:14+RECEIVER:14+261120:1200+42'UNH+1+INVOIC:D:96A:UN'BGM+380+INV-1+9'UNT+3+1'UNZ+1+42'");

		Run run = run(invoice.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.json().get(0).get("kind").asText()).isEqualTo("UNSUPPORTED_TYPE");
		assertThat(run.json().get(0).get("message").asText()).contains("INVOIC");
	}

	@Test
	void ediCountMismatchComesOutWithSegmentPositionLineAndElement() throws Exception {
		Run run = run(RESOURCES + "edifact/d96a/orders-unt-count-mismatch.edi");

		assertThat(run.exit()).isEqualTo(1);
		JsonNode problem = run.json().get(0);
		assertThat(problem.get("kind").asText()).isEqualTo("COUNT_MISMATCH");
		assertThat(problem.get("segment").asText()).isEqualTo("UNT");
		assertThat(problem.get("element").asText()).isEqualTo("UNT01");
		assertThat(problem.get("position").asInt()).isPositive();
		assertThat(problem.get("line").asInt()).isPositive();
		assertThat(problem.get("message").asText()).startsWith("UNT01 says");
	}

	@Test
	void somethingThatIsNoFormatIsRefusedByName(@TempDir Path dir) throws Exception {
		Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[] { 0, 1, 2, (byte) 0xFF, 0, 7 });

		Run run = run(garbage.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.json().get(0).get("kind").asText()).isEqualTo("UNRECOGNISED_FORMAT");
	}

	@Test
	void wrongCommandsExitWithTwoAndTheUsage() throws Exception {
		assertThat(run().exit()).isEqualTo(2);
		Run missing = run("no-such-file.edi");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("no such file: no-such-file.edi").contains(DryRunCommand.USAGE);
		assertThat(run("--to", "PDF", EXAMPLES + "examples/order.json").exit()).isEqualTo(2);
	}

	@Test
	void toWritesTheFileTheHubWouldSend() throws Exception {
		Run edifact = run("--to", "edifact", EXAMPLES + "examples/order.json");
		assertThat(edifact.exit()).as(edifact.out() + edifact.err()).isZero();
		assertThat(edifact.out().replace("\n", "")).startsWith("UNA:+.? 'UNB+UNOC:3+4012345000016:14+4012345000009:14+")
			.contains("UNH+1+ORDERS:D:96A:UN:EAN008'");

		Run x12 = run("--to", "x12", EXAMPLES + "examples/order.json");
		assertThat(x12.exit()).as(x12.out() + x12.err()).isZero();
		assertThat(x12.out().replace("\n", "")).startsWith("ISA*").contains("ST*850*");

		Run csv = run("--to", "csv", "--layout", "po-lines-upc-qty-price-with-header",
				EXAMPLES + "examples/order.json");
		assertThat(csv.out()).startsWith("LINE_NUMBER,UPC_NUMBER,QUANTITY,PRICE,UOM,PO_NUMBER,");
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = DryRunCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Run(int exit, String out, String err) {

		JsonNode json() throws Exception {
			return JsonMapper.builder().build().readTree(this.out);
		}

	}

}
