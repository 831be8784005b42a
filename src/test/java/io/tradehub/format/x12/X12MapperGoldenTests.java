package io.tradehub.format.x12;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.tradehub.document.CanonicalJson;
import io.tradehub.format.MappedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each X12 golden input maps to the canonical JSON next to it, byte for
 * byte (envelope problems such as a wrong SE01 are the reader's to report, not the
 * mapper's).
 */
class X12MapperGoldenTests {

	static Stream<String> goldens() {
		return Stream.concat(X12WriterTests.goldens(),
				Stream.of("4010/850-minimal", "4010/850-se-count-mismatch-missing-iea"));
	}

	@ParameterizedTest
	@MethodSource("goldens")
	void mapsToTheExpectedCanonicalJson(String golden) throws IOException {
		List<MappedMessage> results = X12Mapped.map(X12WriterTests.GOLDENS.resolve(golden + ".edi"),
				X12Mapped.context(X12Mapped.HUB_ID, "EUR"));
		assertThat(results).hasSize(1);
		assertThat(results.get(0).problems()).isEmpty();
		String json = CanonicalJson.write(results.get(0).document()) + "\n";
		Path expected = X12WriterTests.GOLDENS.resolve(golden + ".canonical.json");
		if (Boolean.getBoolean("goldens.update")) {
			Files.writeString(expected, json, StandardCharsets.UTF_8);
		}
		assertThat(json).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

}
