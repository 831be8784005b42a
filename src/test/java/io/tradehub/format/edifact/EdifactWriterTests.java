package io.tradehub.format.edifact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.EdiReadBack;
import io.tradehub.format.Goldens;
import io.tradehub.format.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Golden files: each canonical example written as EANCOM equals its expected interchange
 * byte for byte, and reads back through StAEDI without an envelope error.
 */
class EdifactWriterTests {

	static final Path EXAMPLES = Path.of("mappings", "canonical", "examples");

	static final Path GOLDENS = Path.of("src", "test", "resources", "io", "tradehub", "format", "edifact");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:30:00Z"), ZoneOffset.UTC);

	static Stream<String> goldens() {
		return Stream.of("d96a/order-request", "d96a/answer", "d96a/order", "d96a/order-response",
				"d96a/shipment-notice", "d01b/order-request", "d01b/answer", "d01b/order", "d01b/order-response",
				"d01b/shipment-notice");
	}

	static byte[] write(String golden) throws IOException {
		String[] parts = golden.split("/");
		CanonicalDocument document = CanonicalJson
			.read(Files.readString(EXAMPLES.resolve(parts[1] + ".json"), StandardCharsets.UTF_8));
		EdifactSettings settings = EdifactSettings.of("14:4012345000009", "14:4012345000016")
			.withVersion(EdifactVersion.valueOf(parts[0].toUpperCase()));
		return new EdifactWriter(new InMemoryControlNumbers(), CLOCK).write(document, settings);
	}

	@ParameterizedTest
	@MethodSource("goldens")
	void writesTheExpectedInterchange(String golden) throws IOException {
		Goldens.assertMatches(GOLDENS.resolve(golden + ".edi"), write(golden));
	}

	@ParameterizedTest
	@MethodSource("goldens")
	void readsBackWithoutEnvelopeErrors(String golden) throws IOException {
		EdiReadBack read = EdiReadBack.of(write(golden));
		assertThat(read.errors()).isEmpty();
		assertThat(read.segment("UNT").get(1)).isEqualTo(Integer.toString(read.segments().size() - 3));
	}

	@Test
	void escapesSeparatorsInTextWithTheReleaseCharacterAndReadsThemBackIntact() throws IOException {
		String note = "Rock 'n' roll + cheese: 2:1? yes";
		Order example = (Order) CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		Order order = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), note);
		byte[] written = new EdifactWriter(new InMemoryControlNumbers(), CLOCK).write(order,
				EdifactSettings.of("14:4012345000009", "14:4012345000016"));
		assertThat(new String(written, StandardCharsets.ISO_8859_1))
			.contains("FTX+AAI+++Rock ?'n?' roll ?+ cheese?: 2?:1?? yes'");
		EdiReadBack read = EdiReadBack.of(written);
		assertThat(read.errors()).isEmpty();
		assertThat(read.segment("FTX")).containsExactly("FTX", "AAI", "", "", note);
	}

	@Test
	void controlNumbersIncreasePerPartnerAndAreIndependentBetweenPartners() throws IOException {
		CanonicalDocument order = CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		EdifactWriter writer = new EdifactWriter(new InMemoryControlNumbers(), CLOCK);
		EdifactSettings acme = EdifactSettings.of("14:4012345000009", "14:4012345000016");
		EdifactSettings other = EdifactSettings.of("14:4012345000009", "ZZZ:OTHER");
		assertThat(EdiReadBack.of(writer.write(order, acme)).segment("UNB").get(9)).isEqualTo("1");
		assertThat(EdiReadBack.of(writer.write(order, acme)).segment("UNB").get(9)).isEqualTo("2");
		EdiReadBack third = EdiReadBack.of(writer.write(order, acme));
		assertThat(third.segment("UNB").get(9)).isEqualTo("3");
		assertThat(third.segment("UNH").get(1)).isEqualTo("3");
		assertThat(third.segment("UNZ").get(2)).isEqualTo("3");
		assertThat(EdiReadBack.of(writer.write(order, other)).segment("UNB").get(9)).isEqualTo("1");
	}

	@Test
	void refusesAnInterchangeIdentityQualifierTheSyntaxDoesNotKnow() throws IOException {
		CanonicalDocument order = CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		EdifactWriter writer = new EdifactWriter(new InMemoryControlNumbers(), CLOCK);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> writer.write(order, EdifactSettings.of("14:4012345000009", "XX:OTHER")))
			.withMessageStartingWith("Segment UNB cannot be written");
	}

	@Test
	void writesTheCompanyRecordsQualifiersAsUnbQualifiers() {
		assertThat(EdifactSettings.identification("GLN:4012345000009")).containsExactly("4012345000009", "14");
		assertThat(EdifactSettings.identification("DUNS:123456789")).containsExactly("123456789", "1");
		assertThat(EdifactSettings.identification("ZZZ:ACME")).containsExactly("ACME", "ZZZ");
	}

}
