package io.tradehub.format.edifact;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.MappedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical example → EdifactWriter → EdiReader → EdifactMapper gives the example back,
 * with only the fields EDIFACT cannot carry normalized (see mappings/edifact/README.md).
 */
class EdifactMapperRoundTripTests {

	static final UUID HUB_ID = UUID.fromString("01a208a0-0000-7000-8000-000000000001");

	static final String SENDER = "14:4012345000009";

	static final String RECEIVER = "14:4012345000016";

	private static final ObjectMapper TREE = new ObjectMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	static Stream<Arguments> examples() {
		return Stream.of(EdifactVersion.values())
			.flatMap((version) -> Stream.of("order-request", "answer", "order", "order-response", "shipment-notice")
				.map((example) -> Arguments.of(version, example)));
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("examples")
	void comesBackAsTheCanonicalDocumentItWasWrittenFrom(EdifactVersion version, String example) throws IOException {
		CanonicalDocument original = dated(read(example));
		byte[] edi = new EdifactWriter(new InMemoryControlNumbers(), EdifactWriterTests.CLOCK).write(original,
				EdifactSettings.of(SENDER, RECEIVER).withVersion(version));
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(edi));
		assertThat(reading.problems()).isEmpty();
		MappedMessage mapped = new EdifactMapper(() -> HUB_ID, EdifactWriterTests.CLOCK)
			.map(reading.interchanges().get(0), reading.messages().get(0));
		assertThat(mapped.problems()).isEmpty();
		CanonicalDocument expected = normalized(original, "EDIFACT D" + version.name().substring(1));
		assertThat(CanonicalJson.write(mapped.document())).isEqualTo(CanonicalJson.write(expected));
		assertThat(mapped.document()).isEqualTo(expected);
	}

	static CanonicalDocument read(String example) throws IOException {
		return CanonicalJson
			.read(Files.readString(EdifactWriterTests.EXAMPLES.resolve(example + ".json"), StandardCharsets.UTF_8));
	}

	/**
	 * EANCOM requires DTM 137, so the writer dates an undated document the day it writes
	 * it; the examples get that fixed date before they are written.
	 */
	static CanonicalDocument dated(CanonicalDocument document) throws IOException {
		ObjectNode tree = tree(document);
		ObjectNode envelope = (ObjectNode) tree.get("envelope");
		if (!envelope.has("documentDate")) {
			envelope.put("documentDate", LocalDate.now(EdifactWriterTests.CLOCK).toString());
		}
		return CanonicalJson.read(tree.toString());
	}

	/**
	 * What the mapper can give back: the hub id it is given, no company ids, statuses or
	 * answered hub ids, the interchange identity where a party had none, a source naming
	 * the EDIFACT interchange, and instants to the minute (DTM format 203).
	 */
	static CanonicalDocument normalized(CanonicalDocument document, String format) throws IOException {
		ObjectNode tree = tree(document);
		ObjectNode envelope = (ObjectNode) tree.get("envelope");
		envelope.put("hubId", HUB_ID.toString());
		envelope.remove("status");
		party((ObjectNode) envelope.get("sender"), SENDER);
		party((ObjectNode) envelope.get("receiver"), RECEIVER);
		if (envelope.has("answers")) {
			((ObjectNode) envelope.get("answers")).remove("hubId");
		}
		ObjectNode source = envelope.putObject("source");
		source.put("channel", EdifactMapper.DEFAULT_CHANNEL)
			.put("format", format)
			.put("interchangeReference", "1")
			.put("receivedAt", EdifactWriterTests.CLOCK.instant().toString());
		for (String field : List.of("answerBy", "shipBy")) {
			if (tree.has(field)) {
				tree.put(field, Instant.parse(tree.get(field).asText()).truncatedTo(ChronoUnit.MINUTES).toString());
			}
		}
		return CanonicalJson.read(tree.toString());
	}

	private static void party(ObjectNode party, String interchangeIdentity) {
		party.remove("companyId");
		if (!party.has("identity")) {
			party.put("identity", interchangeIdentity);
		}
	}

	private static ObjectNode tree(CanonicalDocument document) throws IOException {
		JsonNode tree = TREE.readTree(CanonicalJson.write(document));
		return (ObjectNode) tree;
	}

}
