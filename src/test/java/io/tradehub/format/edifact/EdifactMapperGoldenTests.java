package io.tradehub.format.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.tradehub.document.CanonicalJson;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Goldens;
import io.tradehub.format.MappedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each EDIFACT golden maps to the canonical JSON next to it
 * ({@code name.canonical.json}) byte for byte; {@code -Dgoldens.update=true} rewrites
 * them for review.
 */
class EdifactMapperGoldenTests {

	static Stream<String> goldens() throws IOException {
		try (Stream<Path> files = Files.walk(EdifactWriterTests.GOLDENS)) {
			return files.filter((file) -> file.toString().endsWith(".edi"))
				.map((file) -> EdifactWriterTests.GOLDENS.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("goldens")
	void mapsToTheExpectedCanonicalJson(String golden) throws IOException {
		Path edi = EdifactWriterTests.GOLDENS.resolve(golden);
		EdiReading reading;
		try (InputStream input = Files.newInputStream(edi)) {
			reading = new EdiReader().read(input);
		}
		assertThat(reading.messages()).hasSize(1);
		MappedMessage mapped = new EdifactMapper(() -> EdifactMapperRoundTripTests.HUB_ID, EdifactWriterTests.CLOCK)
			.map(reading.interchanges().get(0), reading.messages().get(0));
		assertThat(mapped.problems()).isEmpty();
		Path expected = edi.resolveSibling(edi.getFileName().toString().replace(".edi", ".canonical.json"));
		Goldens.assertMatches(expected,
				(CanonicalJson.write(mapped.document()) + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
