package io.tradehub.format.dryrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactSeparators;
import io.tradehub.format.edifact.EdifactSettings;
import io.tradehub.format.edifact.EdifactVersion;
import io.tradehub.format.edifact.EdifactWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run shows an EDIFACT interchange as its receiver would read it: decoded in the
 * character set its UNB declares.
 */
class DryRunWriterTests {

	@Test
	void showsEachInterchangeDecodedInTheCharacterSetItDeclares() throws IOException {
		Order example = (Order) CanonicalJson.read(Files.readString(Path.of("mappings/canonical/examples/order.json")));
		Order order = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), "\u0141\u00f3d\u017a/M\u00fcller");
		EdifactWriter writer = new EdifactWriter(new InMemoryControlNumbers(), Clock.systemUTC());
		EdifactSettings unoy = settings("UNOY", 4);
		assertThat(DryRunWriter.text(writer.write(order, unoy), unoy)).contains("UNB+UNOY:4+",
				"FTX+AAI+++\u0141\u00f3d\u017a/M\u00fcller'");
		Order latin = new Order(example.envelope(), example.lines(), example.shipTo(), example.references(),
				example.requestedDelivery(), example.shipBy(), "Lieferung M\u00fcller");
		EdifactSettings unoc = settings("UNOC", 3);
		assertThat(DryRunWriter.text(writer.write(latin, unoc), unoc)).contains("FTX+AAI+++Lieferung M\u00fcller'");
		EdifactSettings unoa = settings("UNOA", 3);
		assertThat(DryRunWriter.text(writer.write(example, unoa), unoa)).contains("UNB+UNOA:3+");
	}

	private static EdifactSettings settings(String syntaxId, int syntaxVersion) {
		return new EdifactSettings("14:4012345000009", "14:4012345000016", syntaxId, syntaxVersion, EdifactVersion.D96A,
				EdifactSeparators.STANDARD, false, true, EancomQualifiers.STANDARD);
	}

}
