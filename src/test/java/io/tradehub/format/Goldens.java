package io.tradehub.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares written output with its golden file; {@code -Dgoldens.update=true} rewrites
 * the goldens instead, for a deliberate change to review in the diff.
 */
public final class Goldens {

	private Goldens() {
	}

	public static void assertMatches(Path golden, byte[] written) throws IOException {
		if (Boolean.getBoolean("goldens.update")) {
			Files.createDirectories(golden.getParent());
			Files.write(golden, written);
		}
		// ISO-8859-1 maps every byte to one character, so the comparison is byte for byte
		// and still shows text.
		assertThat(new String(written, StandardCharsets.ISO_8859_1)).as(golden.toString())
			.isEqualTo(Files.readString(golden, StandardCharsets.ISO_8859_1));
	}

}
