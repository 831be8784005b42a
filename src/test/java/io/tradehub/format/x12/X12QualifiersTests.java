package io.tradehub.format.x12;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.MappingFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A partner whose X12 sets use other entity codes and qualifiers is mapped through its
 * own copy of {@code mappings/x12/x12.properties}, both ways, without code.
 */
class X12QualifiersTests {

	private static final Path STANDARD_FILE = Path.of("mappings", "x12", X12Qualifiers.FILE);

	@TempDir
	Path mappings;

	@Test
	void theShippedFileHoldsTheStandardCodes() {
		assertThat(X12Qualifiers.load(new MappingFiles(Path.of("mappings")), null).asMap())
			.isEqualTo(X12Qualifiers.STANDARD.asMap());
	}

	@Test
	void aPartnersOwnCodesAreWrittenAndReadBack() throws IOException {
		// A buyer that names itself N1*BT (bill-to) and its requested delivery DTM*010.
		X12Qualifiers partner = partner((standard) -> standard.replace("850.sender=BY", "850.sender=BT")
			.replace("850.requestedDelivery=002", "850.requestedDelivery=010"));
		Order order = (Order) CanonicalJson
			.read(Files.readString(X12WriterTests.EXAMPLES.resolve("order.json"), StandardCharsets.UTF_8));
		byte[] written = new X12Writer(new InMemoryControlNumbers(), X12WriterTests.CLOCK).write(order,
				X12Settings.of("ZZ:BISTRO", "ZZ:ALPINE").withQualifiers(partner));
		String x12 = new String(written, StandardCharsets.US_ASCII);
		assertThat(x12).contains("N1*BT*").contains("DTM*010*").doesNotContain("N1*BY*").doesNotContain("DTM*002*");

		List<MappedMessage> withPartnerCodes = X12Mapped.map(written,
				X12Mapped.context(X12Mapped.HUB_ID, "EUR").withQualifiers(partner));
		Order back = (Order) withPartnerCodes.get(0).document();
		assertThat(back.envelope().sender()).isEqualTo(order.envelope().sender());
		assertThat(back.requestedDelivery()).isEqualTo(order.requestedDelivery());

		// Read with the standard codes, the same set loses what only the partner's codes
		// name.
		Order standard = (Order) X12Mapped.map(written, X12Mapped.context(X12Mapped.HUB_ID, "EUR")).get(0).document();
		assertThat(standard.envelope().sender().identity()).isEqualTo("ZZ:BISTRO");
		assertThat(standard.requestedDelivery()).isNull();
	}

	@Test
	void anUnknownKeyIsRefusedWithItsFileAndLine() throws IOException {
		partner((standard) -> standard.replace("850.shipBy=", "850.shipby="));
		Path file = this.mappings.resolve("partners/acme/x12").resolve(X12Qualifiers.FILE);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> X12Qualifiers.load(new MappingFiles(this.mappings), "acme"))
			.withMessageStartingWith(file + " line " + MappingFiles.lineOf(file, "850.shipby")
					+ ": '850.shipby' is not a key of the X12 mapping");
	}

	private X12Qualifiers partner(java.util.function.UnaryOperator<String> edit) throws IOException {
		Files.createDirectories(this.mappings.resolve("x12"));
		Files.copy(STANDARD_FILE, this.mappings.resolve("x12").resolve(X12Qualifiers.FILE));
		Path file = this.mappings.resolve("partners/acme/x12").resolve(X12Qualifiers.FILE);
		Files.createDirectories(file.getParent());
		Files.writeString(file, edit.apply(Files.readString(STANDARD_FILE)));
		try {
			return X12Qualifiers.load(new MappingFiles(this.mappings), "acme");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
