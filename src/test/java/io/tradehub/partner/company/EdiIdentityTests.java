package io.tradehub.partner.company;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identities a company trades under: a GLN must carry a correct GS1 check digit, a
 * DUNS number has nine digits, and other envelope qualifiers take any printable id.
 */
class EdiIdentityTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = VALIDATION.getValidator();

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4012345000009", "5901234123457", "7612345678900" })
	void acceptsGlnWithCorrectCheckDigit(String gln) {
		assertThat(new EdiIdentity("GLN", gln).problem()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "4012345000008", "5901234123450", "7612345678901" })
	void refusesGlnWithWrongCheckDigit(String gln) {
		assertThat(new EdiIdentity("GLN", gln).problem()).isEqualTo("a GLN has 13 digits and a valid check digit");
	}

	@Test
	void refusesGlnWhoseCheckDigitIsWeightedFromTheWrongEnd() {
		// 4001234567891 is valid; weighting 3,1,3... from the left instead gives 3.
		assertThat(new EdiIdentity("GLN", "4001234567891").problem()).isNull();
		assertThat(new EdiIdentity("GLN", "4001234567893").problem()).isNotNull();
	}

	@Test
	void refusesGlnWithTwoNeighbouringDigitsSwapped() {
		assertThat(new EdiIdentity("GLN", "4012345000009").problem()).isNull();
		assertThat(new EdiIdentity("GLN", "4021345000009").problem()).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "401234500000", "40123450000090", "40123450000O9", "4012345 00009", "" })
	void refusesGlnThatIsNotThirteenDigits(String gln) {
		assertThat(new EdiIdentity("GLN", gln).problem()).isEqualTo("a GLN has 13 digits and a valid check digit");
	}

	@Test
	void acceptsDunsOfNineDigits() {
		assertThat(new EdiIdentity("DUNS", "150483782").problem()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "15048378", "1504837820", "15-048-3782", "15048378A" })
	void refusesDunsThatIsNotNineDigits(String duns) {
		assertThat(new EdiIdentity("DUNS", duns).problem()).isEqualTo("a DUNS number has 9 digits");
	}

	@Test
	void takesAnyPrintableIdentifierUnderAnEnvelopeQualifier() {
		assertThat(new EdiIdentity("ZZ", "ACME-FOODS 01").problem()).isNull();
		// Qualifier 14 (EAN) is not checked as a GLN: only GLN is.
		assertThat(new EdiIdentity("14", "4012345000008").problem()).isNull();
		assertThat(new EdiIdentity("01", "150483782").problem()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MÜLLER", "ACME\tFOODS", "ACME\nFOODS" })
	void refusesIdentifierThatIsNotPrintableAscii(String identifier) {
		assertThat(new EdiIdentity("ZZ", identifier).problem()).isEqualTo("must be printable ASCII");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GLN", "DUNS", "14", "ZZ", "01", "ZZZ", "1234" })
	void acceptsKnownQualifierCodes(String qualifier) {
		assertThat(VALIDATOR.validate(new EdiIdentity(qualifier, "150483782"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "zz", "ABCDE", "Z Z", "Z-1", "" })
	void refusesQualifierThatIsNoEnvelopeCode(String qualifier) {
		Set<ConstraintViolation<EdiIdentity>> violations = VALIDATOR.validate(new EdiIdentity(qualifier, "ACME"));
		assertThat(violations).extracting(violation -> violation.getPropertyPath().toString()).contains("qualifier");
	}

	@Test
	void refusesIdentifierLongerThanAnEnvelopeAllows() {
		assertThat(VALIDATOR.validate(new EdiIdentity("ZZ", "A".repeat(35)))).isEmpty();
		assertThat(VALIDATOR.validate(new EdiIdentity("ZZ", "A".repeat(36))))
			.extracting(violation -> violation.getPropertyPath().toString())
			.containsExactly("identifier");
	}

}
