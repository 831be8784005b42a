package io.tradehub.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document moved into another envelope keeps every other field: the pipeline identifies
 * parties this way and must not lose a line or a note doing it.
 */
class WithEnvelopeTests {

	static Stream<Path> examples() throws IOException {
		return Files.list(Path.of("mappings", "canonical", "examples")).filter((p) -> p.toString().endsWith(".json"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyTypeKeepsItsContentInANewEnvelope(Path example) throws IOException {
		CanonicalDocument document = CanonicalJson.read(Files.readString(example));
		Party sender = new Party(UUID.fromString("01a208a0-0000-7000-8000-00000000000a"),
				document.envelope().sender().identity(), document.envelope().sender().name());
		CanonicalDocument moved = document
			.withEnvelope(document.envelope().withParties(sender, document.envelope().receiver()));

		assertThat(moved.envelope().sender()).isEqualTo(sender);
		assertThat(moved.withEnvelope(document.envelope())).isEqualTo(document);
		assertThat(moved.type()).isEqualTo(document.type());
	}

}
