package io.tradehub.format.x12;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.MappedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical example → X12Writer → EdiReader → X12Mapper comes back equal, except what X12
 * cannot carry (listed in mappings/x12/README.md and normalized here).
 */
class X12MapperRoundTripTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static Stream<String> examples() {
		return X12WriterTests.goldens();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void comesBackEqualApartFromWhatX12CannotCarry(String golden) throws IOException {
		String[] parts = golden.split("/");
		ObjectNode original = (ObjectNode) JSON
			.readTree(Files.readString(X12WriterTests.EXAMPLES.resolve(parts[1] + ".json")));
		ObjectNode envelope = (ObjectNode) original.get("envelope");
		// The writer writes the day of writing when there is no date; fix it up front.
		if (!envelope.has("documentDate")) {
			envelope.put("documentDate", LocalDate.of(2026, 11, 23).toString());
		}
		CanonicalDocument document = CanonicalJson.read(original.toString());
		X12Settings settings = X12Settings.of("ZZ:TRADEHUB", "01:123456789")
			.withVersion(X12Version.valueOf("V" + parts[0]));
		byte[] edi = new X12Writer(new InMemoryControlNumbers(), X12WriterTests.CLOCK).write(document, settings);
		List<MappedMessage> results = X12Mapped.map(edi, X12Mapped.context(document.envelope().hubId(), "EUR"));
		assertThat(results).hasSize(1);
		assertThat(results.get(0).problems()).isEmpty();
		ObjectNode back = (ObjectNode) JSON.readTree(CanonicalJson.write(results.get(0).document()));
		assertThat(((ObjectNode) back.get("envelope")).get("source").get("format").asText())
			.isEqualTo("X12 00" + parts[0]);
		assertThat(back).isEqualTo(normalized(original, parts[0]));
	}

	/** The original as X12 can carry it: the README's list of what does not come back. */
	static JsonNode normalized(ObjectNode original, String version) {
		ObjectNode envelope = (ObjectNode) original.get("envelope");
		for (String role : new String[] { "sender", "receiver" }) {
			ObjectNode party = (ObjectNode) envelope.get(role);
			party.remove("companyId");
			if (!party.has("identity")) {
				party.put("identity", role.equals("sender") ? "ZZ:TRADEHUB" : "01:123456789");
			}
		}
		if (envelope.has("answers")) {
			((ObjectNode) envelope.get("answers")).remove("hubId");
		}
		envelope.remove("status");
		ObjectNode source = envelope.putObject("source");
		source.put("channel", "sftp").put("format", "X12 00" + version).put("interchangeReference", "000000001");
		source.put("receivedAt", "2026-11-23T14:00:00Z");
		for (String instant : new String[] { "answerBy", "shipBy" }) {
			if (original.has(instant)) {
				original.put(instant, original.get(instant).asText().substring(0, 10) + "T00:00:00Z");
			}
		}
		original.remove("packingSlipLanguage");
		return original;
	}

}
