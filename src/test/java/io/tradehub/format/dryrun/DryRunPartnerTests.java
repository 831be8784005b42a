package io.tradehub.format.dryrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run for a partner reads and writes with that partner's own mapping files under
 * {@code mappings/partners/<partner>/}.
 */
class DryRunPartnerTests {

	private static final String ORDER_WITH_QTY_47 = """
			UNA:+.? '
			UNB+UNOC:3+5412345000013:14+4012345000009:14+240105:1030+77'
			UNH+1+ORDERS:D:96A:UN:EAN008'
			BGM+220+PO-47+9'
			NAD+BY+5412345000013::9'
			NAD+SU+4012345000009::9'
			LIN+1++4000862141404:EN'
			QTY+47:12'
			UNS+S'
			UNT+8+1'
			UNZ+1+77'
			""";

	@TempDir
	Path mappings;

	@BeforeEach
	void partnerWhoseOrderedQuantityIsQty47() throws IOException {
		Path standard = Path.of("mappings", "edifact", "eancom.properties");
		Files.createDirectories(this.mappings.resolve("edifact"));
		Files.copy(standard, this.mappings.resolve("edifact/eancom.properties"));
		Path partner = this.mappings.resolve("partners/acme/edifact/eancom.properties");
		Files.createDirectories(partner.getParent());
		Files.writeString(partner, Files.readString(standard).replace("ORDERS.quantity=21", "ORDERS.quantity=47"));
	}

	@Test
	void thePartnersQualifiersReadItsFile() {
		DryRunResult result = run("acme", null);

		assertThat(result.problems()).isEmpty();
		assertThat(((Order) result.documents().get(0)).lines().get(0).quantity().value()).isEqualByComparingTo("12");
	}

	@Test
	void withoutThePartnerTheStandardMappingSaysWhatIsMissing() {
		DryRunResult result = run(null, null);

		assertThat(result.documents()).isEmpty();
		assertThat(result.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("QTY+21"));
	}

	@Test
	void thePartnersQualifiersWriteItsFile() {
		DryRunResult result = run("acme", DryRun.Target.EDIFACT);

		assertThat(result.problems()).isEmpty();
		assertThat(result.outputs().get(0)).contains("QTY+47:12").doesNotContain("QTY+21");
	}

	private DryRunResult run(String partner, DryRun.Target to) {
		return new DryRun(this.mappings).run(
				List.of(new DryRun.Input("order.edi", ORDER_WITH_QTY_47.getBytes(StandardCharsets.ISO_8859_1))),
				new DryRun.Options(partner, null, to));
	}

}
