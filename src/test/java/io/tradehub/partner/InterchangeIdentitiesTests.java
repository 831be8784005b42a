package io.tradehub.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.partner.InterchangeIdentities.Held;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalisation table of {@link InterchangeIdentities}, row by row: which registered
 * identity an identity from an envelope names.
 */
class InterchangeIdentitiesTests {

	private static final String GLN = "4012345000009";

	private static final UUID GLN_HOLDER = UUID.randomUUID();

	private static final UUID DUNS_HOLDER = UUID.randomUUID();

	private static final UUID ZZ_HOLDER = UUID.randomUUID();

	private static final UUID PHONE_HOLDER = UUID.randomUUID();

	/**
	 * One holder per qualifier family, all for the same id, so only the qualifier
	 * decides.
	 */
	private static List<Held> allFamilies(String id) {
		return List.of(new Held(GLN_HOLDER, "GLN", id), new Held(DUNS_HOLDER, "DUNS", id),
				new Held(ZZ_HOLDER, "ZZ", id), new Held(PHONE_HOLDER, "12", id));
	}

	@ParameterizedTest
	@CsvSource({ "14:4012345000009", "GLN:4012345000009", "UL:4012345000009", "gln:4012345000009",
			"14: 4012345000009 " })
	void glnQualifiersNameTheGlnHolder(String identity) {
		assertThat(match(identity, allFamilies(GLN))).contains(GLN_HOLDER);
	}

	@ParameterizedTest
	@CsvSource({ "1:4012345000009", "01:4012345000009", "DUNS:4012345000009" })
	void dunsQualifiersNameTheDunsHolder(String identity) {
		assertThat(match(identity, allFamilies(GLN))).contains(DUNS_HOLDER);
	}

	@ParameterizedTest
	@CsvSource({ "ZZ:ACME", "ZZZ:ACME", "zz:ACME", "ACME", "ZZ:ACME          " })
	void mutuallyDefinedAndMissingQualifiersNameTheZzHolderFirst(String identity) {
		assertThat(match(identity, allFamilies("ACME"))).contains(ZZ_HOLDER);
	}

	@Test
	void registeredQualifiersOfEachFamilyAreEquivalent() {
		assertThat(match("14:" + GLN, List.of(new Held(GLN_HOLDER, "14", GLN)))).contains(GLN_HOLDER);
		assertThat(match("GLN:" + GLN, List.of(new Held(GLN_HOLDER, "UL", GLN)))).contains(GLN_HOLDER);
		assertThat(match("01:123456789", List.of(new Held(DUNS_HOLDER, "1", "123456789")))).contains(DUNS_HOLDER);
		assertThat(match("1:123456789", List.of(new Held(DUNS_HOLDER, "01", "123456789")))).contains(DUNS_HOLDER);
		assertThat(match("ZZ:ACME", List.of(new Held(ZZ_HOLDER, "ZZZ", "ACME")))).contains(ZZ_HOLDER);
	}

	@Test
	void mutuallyDefinedFallsBackToAnyQualifierOutsideGlnAndDuns() {
		List<Held> held = List.of(new Held(PHONE_HOLDER, "12", "ACME"), new Held(DUNS_HOLDER, "DUNS", "ACME"));
		assertThat(match("ZZ:ACME", held)).contains(PHONE_HOLDER);
		assertThat(match("ZZ:ACME", List.of(new Held(DUNS_HOLDER, "DUNS", "ACME")))).isEmpty();
	}

	@Test
	void mutuallyDefinedValidGlnFallsBackToTheGlnLast() {
		assertThat(match("ZZ:" + GLN, List.of(new Held(GLN_HOLDER, "GLN", GLN)))).contains(GLN_HOLDER);
		assertThat(match(GLN, List.of(new Held(GLN_HOLDER, "14", GLN)))).contains(GLN_HOLDER);
		// 13 digits with a wrong check digit are not a GLN.
		assertThat(match("ZZ:4012345000008", List.of(new Held(GLN_HOLDER, "GLN", "4012345000008")))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "12:ACME, 12", "08:ACME, 08", "16:ACME, 16", "9:ACME, 9" })
	void otherQualifiersMatchExactly(String identity, String qualifier) {
		UUID holder = UUID.randomUUID();
		List<Held> held = List.of(new Held(ZZ_HOLDER, "ZZ", "ACME"), new Held(holder, qualifier, "ACME"));
		assertThat(match(identity, held)).contains(holder);
		assertThat(match(identity, List.of(new Held(ZZ_HOLDER, "ZZ", "ACME")))).isEmpty();
	}

	@Test
	void ambiguousIdentitiesNameNobodyAndStopTheSearch() {
		UUID other = UUID.randomUUID();
		assertThat(match("ZZ:ACME", List.of(new Held(ZZ_HOLDER, "ZZ", "ACME"), new Held(other, "ZZZ", "ACME"))))
			.isEmpty();
		// Two mutually defined holders: the search does not go on to a lone holder of a
		// later step.
		assertThat(match("ZZ:ACME", List.of(new Held(ZZ_HOLDER, "ZZ", "ACME"), new Held(other, "ZZZ", "ACME"),
				new Held(PHONE_HOLDER, "12", "ACME"))))
			.isEmpty();
		assertThat(match("14:" + GLN, List.of(new Held(GLN_HOLDER, "GLN", GLN), new Held(other, "14", GLN)))).isEmpty();
	}

	@Test
	void oneCompanyHoldingSeveralQualifiersIsNotAmbiguous() {
		assertThat(match("ZZ:ACME", List.of(new Held(ZZ_HOLDER, "ZZ", "ACME"), new Held(ZZ_HOLDER, "ZZZ", "ACME"))))
			.contains(ZZ_HOLDER);
	}

	@ParameterizedTest
	@CsvSource({ "''", "'14:'", "'ZZ:   '", "':'", "14:9999999999994", "ZZ:acme" })
	void blankOrUnknownIdsNameNobody(String identity) {
		assertThat(match(identity, allFamilies("ACME"))).isEmpty();
	}

	@Test
	void anIdentityWithColonsInItsIdKeepsThem() {
		UUID holder = UUID.randomUUID();
		assertThat(match("ZZ:A:B", List.of(new Held(holder, "ZZ", "A:B")))).contains(holder);
		assertThat(InterchangeIdentities.identifier("ZZ:A:B")).isEqualTo("A:B");
	}

	private static Optional<UUID> match(String identity, List<Held> held) {
		return InterchangeIdentities.match(identity, held);
	}

}
