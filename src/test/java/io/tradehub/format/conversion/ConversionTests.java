package io.tradehub.format.conversion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.format.Format;
import io.tradehub.format.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Any file in, any format out, as the pipeline and the dry run use it.
 */
class ConversionTests {

	private static final UUID HUB_ID = UUID.fromString("01a208a0-0000-7000-8000-0000000000c0");

	private final Conversion conversion = new Conversion(Path.of("mappings"),
			Clock.fixed(Instant.parse("2026-11-23T13:30:00Z"), ZoneOffset.UTC), () -> HUB_ID);

	@Test
	void eachInterchangeOfAFileIsAPartWithItsOwnDocumentsAndProblems() {
		String edi = interchange("1", "PO-1", 6) + interchange("2", "PO-2", 9) + interchange("3", "PO-3", 6);

		ReadFile file = this.conversion.read("orders.edi", edi.getBytes(StandardCharsets.ISO_8859_1),
				ReadOptions.of("sftp"));

		assertThat(file.format()).isEqualTo(Format.EDIFACT);
		assertThat(file.parts()).hasSize(3);
		assertThat(file.parts().get(0).documents()).singleElement()
			.satisfies((document) -> assertThat(document.envelope().documentNumber()).isEqualTo("PO-1"));
		assertThat(file.parts().get(1).documents()).isEmpty();
		assertThat(file.parts().get(1).problems()).extracting(FileProblem::element).containsExactly("UNT01");
		assertThat(file.parts().get(1).ediProblems()).hasSize(1);
		assertThat(file.parts().get(2).interchange().controlReference()).isEqualTo("3");
		assertThat(file.documents()).extracting((document) -> document.envelope().source().channel())
			.containsExactly("sftp", "sftp");
	}

	@Test
	void aCsvFileNeedsItsLayoutAndIsReadWithIt() throws IOException {
		byte[] csv = Files.readAllBytes(Path.of("src/test/resources/io/tradehub/format/csv/po-lines-one-order.csv"));

		assertThat(this.conversion.read("po.csv", csv, ReadOptions.of("file")).allProblems())
			.extracting(FileProblem::kind)
			.containsExactly("CSV_LAYOUT");
		ReadFile file = this.conversion.read("po.csv", csv,
				ReadOptions.of("file").withCsvLayout("po-lines-upc-qty-price-with-header"));
		assertThat(file.allProblems()).isEmpty();
		assertThat(file.documents()).singleElement().isInstanceOf(Order.class);
	}

	@Test
	void canonicalJsonFromAPartnersSystemGetsTheHubsOwnIdsWithOrWithoutOne() throws IOException {
		String example = Files.readString(Path.of("mappings/canonical/examples/order.json"));
		Order original = (Order) CanonicalJson.read(example);
		String withoutId = example.replaceAll("\"hubId\"\\s*:\\s*\"[^\"]+\",", "");
		assertThat(withoutId).doesNotContain("\"hubId\" : \"" + original.envelope().hubId());

		for (String json : java.util.List.of(example, withoutId, "[" + example + "]")) {
			ReadFile file = this.conversion.read("order.json", json.getBytes(StandardCharsets.UTF_8),
					ReadOptions.of("jms"));
			assertThat(file.allProblems()).isEmpty();
			Order read = (Order) file.documents().get(0);
			assertThat(read.envelope().hubId()).isEqualTo(HUB_ID);
			// Everything else, decimals included, as the sender wrote it.
			assertThat(read.withEnvelope(read.envelope().withHubId(original.envelope().hubId()))).isEqualTo(original);
		}
	}

	@Test
	void anUnrecognisedFileIsAProblemOfTheWholeFile() {
		ReadFile file = this.conversion.read("x.bin", new byte[] { 0, 1, 2, 3, (byte) 0xff }, ReadOptions.of("file"));

		assertThat(file.parts()).isEmpty();
		assertThat(file.problems()).extracting(FileProblem::kind).containsExactly("UNRECOGNISED_FORMAT");
	}

	@Test
	void writesEachFormatAndVersionWithItsFileNameAndCharacterSet() throws IOException {
		Order order = example();

		Written d01b = this.conversion.write(order, WriteOptions.of(OutputFormat.EDIFACT_D01B),
				new InMemoryControlNumbers());
		assertThat(d01b.fileName()).isEqualTo("order-" + order.envelope().documentNumber() + ".edi");
		assertThat(d01b.text()).contains("UNH+1+ORDERS:D:01B:UN:EAN010'");
		assertThat(this.conversion.write(order, WriteOptions.of(OutputFormat.X12_5010), new InMemoryControlNumbers())
			.text()).contains("GS*PO*").contains("*005010~");
		assertThat(
				this.conversion.write(order, WriteOptions.of(OutputFormat.JSON), new InMemoryControlNumbers()).text())
			.isEqualTo(CanonicalJson.write(order));
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> this.conversion.write(order, WriteOptions.of(OutputFormat.CSV), new InMemoryControlNumbers()))
			.withMessageContaining("layout");
	}

	@Test
	void showsEachInterchangeDecodedInTheCharacterSetItDeclares() throws IOException {
		Order example = example();
		Order order = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), "\u0141\u00f3d\u017a/M\u00fcller");
		WriteOptions edifact = WriteOptions.of(OutputFormat.EDIFACT_D96A);
		Written unoy = this.conversion.write(order, new WriteOptions(edifact.format(), null, null, "UNOY", false),
				new InMemoryControlNumbers());
		assertThat(unoy.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(unoy.text()).contains("UNB+UNOY:4+", "FTX+AAI+++\u0141\u00f3d\u017a/M\u00fcller'");
		Order latin = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), "Lieferung M\u00fcller");
		Written unoc = this.conversion.write(latin, edifact, new InMemoryControlNumbers());
		assertThat(unoc.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
		assertThat(unoc.text()).contains("FTX+AAI+++Lieferung M\u00fcller'");
	}

	@Test
	void aDocumentNumberNeverNamesAPath() throws IOException {
		Order example = example();
		Envelope envelope = example.envelope();
		Order order = new Order(
				new Envelope(envelope.hubId(), envelope.sender(), envelope.receiver(), "../../etc/passwd",
						envelope.documentDate(), envelope.answers(), envelope.source(), envelope.status()),
				example.lines(), example.shipTo(), example.references(), example.requestedDelivery(), example.shipBy(),
				example.note());

		assertThat(FileNames.of(order)).isEqualTo("order-.._.._etc_passwd");
		assertThat(order.type()).isEqualTo(DocumentType.ORDER);
	}

	private static Order example() throws IOException {
		return (Order) CanonicalJson.read(Files.readString(Path.of("mappings/canonical/examples/order.json")));
	}

	private static String interchange(String reference, String number, int untCount) {
		return "UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4012345000009:14+240105:1030+" + reference + "'\n"
				+ "UNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number + "+9'\nLIN+1++4000862141404:EN'\nQTY+21:4'\n"
				+ "UNS+S'\nUNT+" + untCount + "+1'\nUNZ+1+" + reference + "'\n";
	}

}
