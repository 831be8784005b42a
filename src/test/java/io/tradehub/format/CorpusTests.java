package io.tradehub.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads every sample of the shared corpus in place (its files keep their own licences and
 * are never copied into the project) and checks what SOURCES.md says about each.
 */
class CorpusTests {

	static final Path CORPUS = Path.of("..", "shared", "corpus");

	final FormatDetector detector = new FormatDetector();

	final EdiReader reader = new EdiReader();

	@TestFactory
	Stream<DynamicTest> everyFileYieldsMessagesOrPositionedProblemsNeverAnException() throws IOException {
		assumeCorpus();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(CORPUS)) {
			files = walk.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.filter((file) -> !file.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		assertThat(files).hasSizeGreaterThan(70);
		return files.stream().map((file) -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
			if (file.toString().endsWith(".csv")) {
				assertThat(detect(file).format()).isEqualTo(Format.CSV);
				return;
			}
			EdiReading reading = read(file);
			assertThat(reading.messages().isEmpty() && reading.problems().isEmpty()).as("nothing read").isFalse();
			reading.problems()
				.stream()
				.filter((problem) -> problem.kind() != ParseProblem.Kind.UNRECOGNISED_FORMAT)
				.forEach((problem) -> assertThat(problem.segment() != null && problem.segmentPosition() != null)
					.as("positioned: %s", problem)
					.isTrue());
		}));
	}

	/**
	 * Interchanges, messages and problems (kind, segment, element) per file. Where a
	 * sample SOURCES.md calls valid has problems, they are real: syntax 4 needs an
	 * 8-digit UNB date, UNB09/UNB11 are numeric, UNG07-3 and UNH02-5 are at most 6
	 * characters, TA101 is 9 digits, UTF-8 letters are outside UNOA. Control references
	 * repeated within a file are named where they repeat. Message-level checks
	 * (qualifiers, duplicate UNS) need message schemas and come with the mappings.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					edifact/aperak/d96a-accepted-syntax3-una.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01
					edifact/aperak/d96a-order-ack-crlf.edi | 1 | 1 |
					edifact/aperak/d96a-rejected-syntax4-una.edi | 1 | 1 | INVALID_ELEMENT UNB UNB04-1, COUNT_MISMATCH UNT UNT01
					edifact/contrl/syntax3-bdew-generated-placeholders.edi | 1 | 1 |
					edifact/desadv/d96a-books-no-una.edi | 1 | 1 |
					edifact/desadv/d96a-eancom-ean005-multi-message-crlf.edi | 1 | 8 |
					edifact/invoic/d03b-syntax4-una-repetition-and-release-char.edi | 1 | 1 | INVALID_ELEMENT UNB UNB04-1, COUNT_MISMATCH UNT UNT01
					edifact/invoic/d93a-german-una-decimal-comma.edi | 1 | 1 | CHARACTER_SET NAD NAD06, CHARACTER_SET NAD NAD06
					edifact/invoic/d97b-custom-una-equals-star-tilde.edi | 1 | 1 |
					edifact/invoic/d97b-minimal-una-caret-star-dollar.edi | 1 | 1 | INVALID_ELEMENT UNB UNB09, INVALID_ELEMENT UNB UNB11
					edifact/invoic/d97b-minimal-unoe-iso8859-5-cyrillic.edi | 1 | 1 | INVALID_ELEMENT UNB UNB09, INVALID_ELEMENT UNB UNB11
					edifact/invoic/d97b-widgets-no-una.edi | 1 | 1 | CHARACTER_SET NAD NAD04
					edifact/malformed/aperak-duplicate-unb-no-control-ref.edi | 0 | 0 | SYNTAX_ERROR UNB
					edifact/malformed/duplicate-unh-refs-unt-ref-mismatch.edi | 1 | 4 | COUNT_MISMATCH UNT UNT01, COUNT_MISMATCH UNT UNT01, CONTROL_REFERENCE_MISMATCH UNT UNT02, COUNT_MISMATCH UNT UNT01, DUPLICATE_CONTROL_REFERENCE UNH UNH01, COUNT_MISMATCH UNT UNT01, CONTROL_REFERENCE_MISMATCH UNT UNT02, COUNT_MISMATCH UNZ UNZ01
					edifact/malformed/ifcsum-newline-as-segment-terminator.edi | 1 | 0 | TOO_MANY_ELEMENTS UNB UNB09-1, INVALID_ELEMENT UNB UNB11, TOO_MANY_ELEMENTS UNB UNB12, MISSING_TRAILER UNZ
					edifact/malformed/invalid-segment-tag.edi | 1 | 1 | UNEXPECTED_SEGMENT 1BC
					edifact/malformed/invoic-bad-qualifier-nonnumeric-qty-dup-uns.edi | 1 | 1 |
					edifact/malformed/missing-unz.edi | 1 | 1 | MISSING_TRAILER UNZ
					edifact/malformed/orders-dtm-repetition-overflow.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01
					edifact/malformed/orders-hard-wrapped-80-columns.edi | 1 | 1 |
					edifact/malformed/orders-missing-unz-una-decimal-comma.edi | 1 | 1 | INVALID_ELEMENT UNB UNB04-1, MISSING_TRAILER UNZ
					edifact/malformed/orders-no-envelope-bgm-before-unh.edi | 0 | 0 | SYNTAX_ERROR UNB
					edifact/malformed/orders-unescaped-colon-and-bad-release-in-text.edi | 1 | 1 |
					edifact/malformed/orders-unt-declares-267-segments.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01
					edifact/malformed/release-character-cases.edi | 1 | 1 | CHARACTER_SET UNB UNB01-1, COUNT_MISMATCH UNT UNT01
					edifact/malformed/segment-split-across-lines-unt-mismatch.edi | 1 | 1 | INVALID_ELEMENT UNB UNB04-2, COUNT_MISMATCH UNT UNT01
					edifact/malformed/ung-invoic-group-containing-orders.edi | 1 | 2 |
					edifact/malformed/unt-count-mismatch-declares-99.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01
					edifact/orders/d01b-eancom-ean010-foodservice-600-segments.edi | 1 | 1 |
					edifact/orders/d03b-syntax4-books-repetition-separator.edi | 1 | 1 |
					edifact/orders/d96a-eancom-4-messages-one-interchange-crlf.edi | 1 | 4 |
					edifact/orders/d96a-eancom-ean008-amazon-eu-with-prices.edi | 1 | 1 |
					edifact/orders/d96a-eancom-ean008-unoc-swiss-empty-lin-ean.edi | 1 | 1 |
					edifact/orders/d96a-eancom-single-line-no-line-breaks.edi | 1 | 1 |
					edifact/orders/d96a-eancom-two-interchanges-one-file.edi | 2 | 3 |
					edifact/orders/d96b-ean008b-with-ung-une-group.edi | 1 | 1 | INVALID_ELEMENT UNG UNG07-3, TOO_MANY_ELEMENTS UNG UNG07-4, INVALID_ELEMENT UNH UNH02-5, COUNT_MISMATCH UNT UNT01
					edifact/ordrsp/d01b-eancom-ean008-unoc-lorem-ipsum-27kb.edi | 1 | 1 |
					edifact/ordrsp/d10a-bdew-energy-single-line.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01, CONTROL_REFERENCE_MISMATCH UNT UNT02, CONTROL_REFERENCE_MISMATCH UNZ UNZ02
					edifact/quotes/d10a-bdew-generated-fixture.edi | 1 | 1 |
					edifact/quotes/d96a-ediel2-nordpool-bom-tab-indented.edi | 1 | 1 | COUNT_MISMATCH UNT UNT01, CONTROL_REFERENCE_MISMATCH UNZ UNZ02
					edifact/reqote/d10a-bdew-generated-minimal.edi | 1 | 1 |
					edifact/reqote/d10a-bdew-generated-multi-lin.edi | 1 | 1 |
					x12/810/4010-two-invoices-crlf.edi | 1 | 2 |
					x12/810/4010-two-invoices-snack-foods.edi | 1 | 2 |
					x12/810/4010-walmart-indented-bom.edi | 1 | 1 |
					x12/850/4010-indented-bom-crlf.edi | 1 | 1 |
					x12/850/4010-petco-anonymized-newline-terminator.edi | 1 | 1 |
					x12/850/4010-pipe-element-sep-single-line.edi | 1 | 4 |
					x12/850/4010-retail-widgets-newline-terminator.edi | 1 | 1 |
					x12/850/4010-vics-del-element-nak-terminator-42kb.edi | 1 | 4 |
					x12/850/4010-vics-retail-widgets-tilde-lf.edi | 1 | 1 |
					x12/855/4010-books-line-ack-status.edi | 1 | 1 |
					x12/855/4010-indented-two-transactions.edi | 1 | 2 |
					x12/855/4010-ucs-grocery-six-transactions.edi | 1 | 6 |
					x12/856/4010-retail-multi-order-pack-item-crlf.edi | 1 | 2 |
					x12/856/4010-tilde-element-star-terminator.edi | 1 | 1 |
					x12/856/4060-ship-order-item.edi | 1 | 1 |
					x12/997/4010-po-accepted.edi | 1 | 1 |
					x12/997/4010-ta1-plus-997-rejected.edi | 1 | 2 |
					x12/997/4010-three-997s-one-group.edi | 1 | 3 |
					x12/997/4010-vics-855-ack-nak-terminator-single-line.edi | 1 | 1 |
					x12/997/5010-rejected-three-interchanges.edi | 3 | 3 |
					x12/999/5010x231-indented-bom-crlf.edi | 1 | 1 |
					x12/999/5010x231-partial-acceptance.edi | 1 | 1 |
					x12/malformed/810-variable-length-isa-tab-indented.edi | 0 | 0 | SYNTAX_ERROR ISA
					x12/malformed/850-duplicate-gs-and-st-control-numbers.edi | 1 | 4 | INVALID_ELEMENT GS GS04, INVALID_ELEMENT GS GS04, DUPLICATE_CONTROL_REFERENCE ST ST02, INVALID_ELEMENT GS GS04, INVALID_ELEMENT GS GS04, DUPLICATE_CONTROL_REFERENCE GS GS06, DUPLICATE_CONTROL_REFERENCE ST ST02
					x12/malformed/850-duplicate-isa-control-number.edi | 2 | 2 | DUPLICATE_CONTROL_REFERENCE ISA ISA13
					x12/malformed/850-ebcdic-encoded.edi | 0 | 0 | UNRECOGNISED_FORMAT
					x12/malformed/850-isa-nbsp-padding-bom-iea-mismatch.edi | 1 | 1 | CONTROL_REFERENCE_MISMATCH IEA IEA02
					x12/malformed/860-missing-segment-terminator.edi | 0 | 0 | SYNTAX_ERROR ISA
					x12/malformed/940-control-numbers-mismatch.edi | 1 | 1 | CONTROL_REFERENCE_MISMATCH SE SE02, CONTROL_REFERENCE_MISMATCH GE GE02, CONTROL_REFERENCE_MISMATCH IEA IEA02
					x12/malformed/940-wrong-group-and-transaction-counts.edi | 1 | 1 | COUNT_MISMATCH GE GE01, COUNT_MISMATCH IEA IEA01, INVALID_ELEMENT IEA IEA02, CONTROL_REFERENCE_MISMATCH IEA IEA02
					x12/malformed/997-invalid-code-and-nonnumeric.edi | 1 | 1 |
					x12/malformed/not-edi-base64-garbage.edi | 0 | 0 | UNRECOGNISED_FORMAT
					x12/ta1/ta1-gt-element-plus-terminator-5010.edi | 1 | 1 | TOO_MANY_ELEMENTS TA1 TA106
					x12/ta1/ta1-only-two-acks.edi | 1 | 2 | INVALID_ELEMENT TA1 TA101, INVALID_ELEMENT TA1 TA102, INVALID_ELEMENT TA1 TA102, MISSING_ELEMENT TA1 TA105, INVALID_ELEMENT TA1 TA101, INVALID_ELEMENT TA1 TA102, INVALID_ELEMENT TA1 TA102, MISSING_ELEMENT TA1 TA105
					""")
	void readsEachSampleAsSourcesDescribes(String file, int interchanges, int messages, String problems)
			throws IOException {
		assumeCorpus();
		EdiReading reading = read(CORPUS.resolve(file));
		assertThat(reading.interchanges()).hasSize(interchanges);
		assertThat(reading.messages()).hasSize(messages);
		List<String> expected = (problems != null) ? Arrays.asList(problems.split(", ")) : List.of();
		assertThat(reading.problems()).map(CorpusTests::summary).containsExactlyElementsOf(expected);
	}

	@Test
	void decodesTheDeclaredCharacterSetUnoeAsIso88595() throws IOException {
		assumeCorpus();
		EdiReading reading = read(CORPUS.resolve("edifact/invoic/d97b-minimal-unoe-iso8859-5-cyrillic.edi"));
		EdiSegment nad = reading.messages().get(0).segments().get(2);
		assertThat(nad.tag()).isEqualTo("NAD");
		assertThat(nad.value(4)).isEqualTo("\u0420\u044b\u0431\u0430 \u0442\u0435\u043a\u0441\u0442");
	}

	@Test
	void namesTheMissingUnzAndTheLastSegmentRead() throws IOException {
		assumeCorpus();
		EdiReading reading = read(CORPUS.resolve("edifact/malformed/missing-unz.edi"));
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.MISSING_TRAILER, "UNZ", 5, 4,
				null, "The interchange 1 has no UNZ trailer: the input ends after UNT at position 4"));
	}

	@Test
	void refusesBinaryAndEbcdicByName() throws IOException {
		assumeCorpus();
		assertThat(detect(CORPUS.resolve("x12/malformed/850-ebcdic-encoded.edi")).description()).contains("EBCDIC");
		assertThat(detect(CORPUS.resolve("x12/malformed/not-edi-base64-garbage.edi")).format())
			.isEqualTo(Format.UNRECOGNISED);
	}

	@Test
	void readsUnsupportedTypesAndNamesThem() throws IOException {
		assumeCorpus();
		EdiMessage invoice = read(CORPUS.resolve("edifact/invoic/d97b-widgets-no-una.edi")).messages().get(0);
		assertThat(invoice.tradedType()).isEmpty();
		assertThat(invoice.unsupportedType()).map(ParseProblem::message)
			.contains("EDIFACT INVOIC D97B is not a message type the hub trades");
		EdiMessage order = read(CORPUS.resolve("x12/850/4010-vics-del-element-nak-terminator-42kb.edi")).messages()
			.get(0);
		assertThat(order.tradedType()).contains(TradedType.X12_850);
	}

	static String summary(ParseProblem problem) {
		return problem.kind() + ((problem.segment() != null) ? " " + problem.segment() : "")
				+ ((problem.element() != null) ? " " + problem.element() : "");
	}

	private Detection detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return this.detector.detect(in.readNBytes(FormatDetector.PREFIX_LENGTH));
		}
	}

	private EdiReading read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return this.reader.read(in);
		}
	}

	private static void assumeCorpus() {
		assumeTrue(Files.isDirectory(CORPUS), "The shared corpus " + CORPUS.toAbsolutePath().normalize()
				+ " is absent (a clone without ../shared); the corpus tests are skipped");
	}

}
