package io.tradehub.format.x12;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.Party;
import io.tradehub.format.EdiReadBack;
import io.tradehub.format.Goldens;
import io.tradehub.format.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each canonical example written as X12 equals its expected interchange
 * byte for byte, and reads back through StAEDI without an envelope error.
 */
class X12WriterTests {

	static final Path EXAMPLES = Path.of("mappings", "canonical", "examples");

	static final Path GOLDENS = Path.of("src", "test", "resources", "io", "tradehub", "format", "x12");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:30:00Z"), ZoneOffset.UTC);

	static Stream<String> goldens() {
		return Stream.of("4010/order-request", "4010/answer", "4010/order", "4010/order-response",
				"4010/shipment-notice", "5010/order-request", "5010/answer", "5010/order", "5010/order-response",
				"5010/shipment-notice");
	}

	static byte[] write(String golden) throws IOException {
		String[] parts = golden.split("/");
		CanonicalDocument document = CanonicalJson
			.read(Files.readString(EXAMPLES.resolve(parts[1] + ".json"), StandardCharsets.UTF_8));
		X12Settings settings = X12Settings.of("ZZ:TRADEHUB", "01:123456789")
			.withVersion(X12Version.valueOf("V" + parts[0]));
		return new X12Writer(new InMemoryControlNumbers(), CLOCK).write(document, settings);
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
		assertThat(read.segment("SE").get(1)).isEqualTo(Integer.toString(read.segments().size() - 4));
	}

	@ParameterizedTest
	@MethodSource("goldens")
	void writesAnIsaOfExactly106Characters(String golden) throws IOException {
		String interchange = new String(write(golden), StandardCharsets.US_ASCII);
		assertThat(interchange.indexOf('~')).isEqualTo(105);
		assertThat(interchange.substring(0, 106)).hasSize(106).endsWith("*>~");
	}

	@Test
	void controlNumbersIncreasePerPartnerAndAreIndependentBetweenPartners() throws IOException {
		CanonicalDocument order = CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		X12Writer writer = new X12Writer(new InMemoryControlNumbers(), CLOCK);
		X12Settings acme = X12Settings.of("ZZ:TRADEHUB", "ZZ:ACME");
		X12Settings other = X12Settings.of("ZZ:TRADEHUB", "01:123456789");
		writer.write(order, acme);
		EdiReadBack second = EdiReadBack.of(writer.write(order, acme));
		assertThat(second.errors()).isEmpty();
		assertThat(second.segment("ISA").get(13)).isEqualTo("000000002");
		assertThat(second.segment("GS").get(6)).isEqualTo("2");
		assertThat(second.segment("ST").get(2)).isEqualTo("0002");
		assertThat(second.segment("IEA").get(2)).isEqualTo("000000002");
		assertThat(EdiReadBack.of(writer.write(order, other)).segment("ISA").get(13)).isEqualTo("000000001");
	}

	@Test
	void replacesSeparatorsInFreeTextSinceX12HasNoReleaseCharacter() throws IOException {
		Order example = (Order) CanonicalJson.read(Files.readString(EXAMPLES.resolve("order.json")));
		Order order = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), "A*B>C~D");
		EdiReadBack read = EdiReadBack.of(new X12Writer(new InMemoryControlNumbers(), CLOCK).write(order,
				X12Settings.of("ZZ:SENDER", "ZZ:RECEIVER")));
		assertThat(read.errors()).isEmpty();
		assertThat(read.segment("MSG")).containsExactly("MSG", "A B C D");
	}

	@Test
	void writesADunsPartyAsN1Code1AndAMutuallyDefinedOneBareSoBothReadBackAsSent() throws IOException {
		Answer example = (Answer) CanonicalJson.read(Files.readString(EXAMPLES.resolve("answer.json")));
		Answer answer = example.withEnvelope(example.envelope()
			.withParties(new Party(null, "DUNS:123456789", "Mill Inc"), new Party(null, "ZZ:BUYER42", "Buyer LLC")));

		byte[] x12 = new X12Writer(new InMemoryControlNumbers(), CLOCK).write(answer,
				X12Settings.of("DUNS:123456789", "ZZ:BUYER42"));

		assertThat(new String(x12, StandardCharsets.US_ASCII)).contains("N1*SE*Mill Inc*1*123456789~")
			.contains("N1*BY*Buyer LLC*ZZ*BUYER42~");
		Envelope read = X12Mapped.map(x12, X12Mapped.context(X12Mapped.HUB_ID, "USD")).get(0).document().envelope();
		assertThat(read.sender().identity()).isEqualTo("1:123456789");
		assertThat(read.receiver().identity()).isEqualTo("ZZ:BUYER42");
	}

	@Test
	void keepsAQualifierN1HasNoCodeForInItsId() {
		assertThat(X12Codes.idQualifier("12:5551234567")).isEqualTo("ZZ");
		assertThat(X12Codes.id("12:5551234567")).isEqualTo("12:5551234567");
		assertThat(X12Codes.id("ZZ:A:B")).as("a bare A:B would read back as qualifier A").isEqualTo("ZZ:A:B");
	}

	@Test
	void writesTheCompanyRecordsQualifiersAsIsaQualifiers() {
		assertThat(X12Settings.identity("GLN:4012345000009")).containsExactly("ZZ", "4012345000009");
		assertThat(X12Settings.identity("DUNS:123456789")).containsExactly("01", "123456789");
		assertThat(X12Settings.identity("01:123456789")).containsExactly("01", "123456789");
	}

}
