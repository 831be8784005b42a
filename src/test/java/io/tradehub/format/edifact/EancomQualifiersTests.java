package io.tradehub.format.edifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.MappingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A partner whose EANCOM messages use other qualifiers is mapped through its own copy of
 * {@code mappings/edifact/eancom.properties}, both ways, without code.
 */
class EancomQualifiersTests {

	private static final Path STANDARD_FILE = Path.of("mappings", "edifact", EancomQualifiers.FILE);

	// A buyer who says who it is with NAD+OB (ordered by), the ordered quantity with
	// QTY+47
	// and the net price with PRI+AAB.
	private static final String PARTNER_ORDER = """
			UNA:+.? '
			UNB+UNOC:3+5412345000013:14+4012345000009:14+240105:1030+77'
			UNH+1+ORDERS:D:96A:UN:EAN008'
			BGM+220+PO-47+9'
			DTM+137:20240105:102'
			NAD+OB+5412345000013::9'
			NAD+SU+4012345000009::9'
			CUX+2:EUR:9'
			LIN+1++4000862141404:EN'
			QTY+47:12'
			PRI+AAB:3.5'
			UNS+S'
			UNT+11+1'
			UNZ+1+77'
			""";

	@TempDir
	Path mappings;

	@Test
	void theShippedFileHoldsTheStandardCodes() {
		assertThat(EancomQualifiers.load(new MappingFiles(Path.of("mappings")), null).asMap())
			.isEqualTo(EancomQualifiers.STANDARD.asMap());
	}

	@Test
	void aPartnersOwnCodesAreReadFromItsMessages() throws IOException {
		EancomQualifiers partner = partnerQualifiers();
		assertThat(map(PARTNER_ORDER, EancomQualifiers.STANDARD).problems())
			.anySatisfy((problem) -> assertThat(problem.message()).contains("has no QTY+21"));

		MappedMessage mapped = map(PARTNER_ORDER, partner);
		assertThat(mapped.problems()).isEmpty();
		Order order = (Order) mapped.document();
		assertThat(order.envelope().sender().identity()).isEqualTo("14:5412345000013");
		assertThat(order.lines().get(0).quantity().value()).isEqualByComparingTo("12");
		assertThat(order.lines().get(0).unitPrice().amount()).isEqualByComparingTo("3.5");
	}

	@Test
	void whatTheHubWritesToThePartnerUsesItsCodesAndReadsBack() throws IOException {
		EancomQualifiers partner = partnerQualifiers();
		Order order = (Order) CanonicalJson.read(Files.readString(EdifactWriterTests.EXAMPLES.resolve("order.json")));
		byte[] written = new EdifactWriter(new InMemoryControlNumbers(), EdifactWriterTests.CLOCK).write(order,
				EdifactSettings.of("14:5412345000013", "14:4012345000009").withQualifiers(partner));
		String edi = new String(written, StandardCharsets.ISO_8859_1);
		assertThat(edi).contains("NAD+OB+").contains("QTY+47:").contains("PRI+AAB:").doesNotContain("QTY+21");

		Order back = (Order) map(edi, partner).document();
		assertThat(back).isNotNull();
		assertThat(back.lines()).hasSameSizeAs(order.lines());
		assertThat(back.lines().get(0).quantity()).isEqualTo(order.lines().get(0).quantity());
	}

	@Test
	void aPartnerWithoutItsOwnFileGetsTheStandardCodes() throws IOException {
		copyStandard();
		assertThat(EancomQualifiers.load(new MappingFiles(this.mappings), "someone-else").asMap())
			.isEqualTo(EancomQualifiers.STANDARD.asMap());
	}

	@Test
	void aPartnersFileChangedWhileTheHubRunsIsReadAgain() throws IOException {
		Path file = partnerFile(Files.readString(STANDARD_FILE));
		MappingFiles files = new MappingFiles(this.mappings);
		assertThat(EancomQualifiers.load(files, "acme").of("ORDERS", "quantity")).isEqualTo("21");

		Files.writeString(file, Files.readString(STANDARD_FILE).replace("ORDERS.quantity=21", "ORDERS.quantity=47"));
		Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));

		assertThat(EancomQualifiers.load(files, "acme").of("ORDERS", "quantity")).isEqualTo("47");
	}

	@Test
	void anUnknownKeyIsRefusedWithItsFileAndLine() throws IOException {
		Path file = partnerFile(Files.readString(STANDARD_FILE).replace("ORDERS.shipBy=", "ORDERS.shipby="));
		int line = MappingFiles.lineOf(file, "ORDERS.shipby");
		assertThat(line).isPositive();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EancomQualifiers.load(new MappingFiles(this.mappings), "acme"))
			.withMessageStartingWith(file + " line " + line + ": 'ORDERS.shipby' is not a key of the EANCOM mapping");
	}

	@Test
	void aValueThatIsNotACodeIsRefused() throws IOException {
		Path file = partnerFile(Files.readString(STANDARD_FILE).replace("price=AAA", "price=net price"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EancomQualifiers.load(new MappingFiles(this.mappings), "acme"))
			.withMessageContaining(file + " line ")
			.withMessageContaining("price='net price' is not a code");
	}

	@Test
	void aPartnersFileMustSetEveryKey() throws IOException {
		partnerFile("ORDERS.quantity=47\n");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EancomQualifiers.load(new MappingFiles(this.mappings), "acme"))
			.withMessageContaining(" lacks ")
			.withMessageContaining("REQOTE.sender")
			.withMessageNotContaining("ORDERS.quantity");
	}

	private EancomQualifiers partnerQualifiers() throws IOException {
		partnerFile(Files.readString(STANDARD_FILE)
			.replace("ORDERS.sender=BY", "ORDERS.sender=OB")
			.replace("ORDERS.quantity=21", "ORDERS.quantity=47")
			.replace("price=AAA", "price=AAB"));
		return EancomQualifiers.load(new MappingFiles(this.mappings), "acme");
	}

	private Path partnerFile(String content) throws IOException {
		copyStandard();
		Path file = this.mappings.resolve("partners/acme/edifact").resolve(EancomQualifiers.FILE);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

	private void copyStandard() throws IOException {
		Path standard = this.mappings.resolve("edifact").resolve(EancomQualifiers.FILE);
		Files.createDirectories(standard.getParent());
		if (!Files.exists(standard)) {
			Files.copy(STANDARD_FILE, standard);
		}
	}

	private static MappedMessage map(String edi, EancomQualifiers qualifiers) {
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		return new EdifactMapper(() -> EdifactMapperRoundTripTests.HUB_ID, EdifactWriterTests.CLOCK, qualifiers)
			.map(reading.interchanges().get(0), reading.messages().get(0));
	}

}
