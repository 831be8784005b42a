package io.tradehub.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads our own small golden interchanges and checks exact problem positions and wording.
 */
class EdiReaderTests {

	final EdiReader reader = new EdiReader();

	@Test
	void splitsAValidD96aOrdersInterchangeIntoItsMessageWithReleasedCharacters() throws IOException {
		EdiReading reading = read("edifact/d96a/orders-minimal.edi");
		assertThat(reading.problems()).isEmpty();
		Interchange interchange = reading.interchanges().get(0);
		assertThat(interchange.sender()).isEqualTo(new Party("5412345000013", "14"));
		assertThat(interchange.receiver()).isEqualTo(new Party("4012345000009", "14"));
		assertThat(interchange.controlReference()).isEqualTo("ORD0001");
		assertThat(interchange.syntaxIdentifier()).isEqualTo("UNOC");
		assertThat(interchange.syntaxVersion()).isEqualTo("3");
		assertThat(interchange.delimiters()).isEqualTo(new Delimiters('\'', '+', ':', null, '?'));
		EdiMessage message = interchange.messages().get(0);
		assertThat(message.type()).isEqualTo("ORDERS");
		assertThat(message.version() + message.release()).isEqualTo("D96A");
		assertThat(message.association()).isEqualTo("EAN008");
		assertThat(message.tradedType()).contains(TradedType.ORDERS);
		assertThat(message.segments()).hasSize(10);
		EdiSegment ftx = message.segments().get(3);
		assertThat(ftx.tag()).isEqualTo("FTX");
		assertThat(ftx.position()).isEqualTo(5);
		assertThat(ftx.line()).isEqualTo(6);
		assertThat(ftx.value(4)).isEqualTo("Deliver to gate 3: ring+bell");
		assertThat(message.segments().get(6).component(3, 2)).isEqualTo("EN");
	}

	@Test
	void reportsAUntCountMismatchAtTheUntWithTheActualCount() throws IOException {
		EdiReading reading = read("edifact/d96a/orders-unt-count-mismatch.edi");
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.COUNT_MISMATCH, "UNT", 11, 12,
				"UNT01", "UNT01 says 12 segments but the message has 10"));
		assertThat(reading.messages()).hasSize(1);
	}

	@Test
	void readsAValidX12PurchaseOrderWithItsGroup() throws IOException {
		EdiReading reading = read("x12/4010/850-minimal.edi");
		assertThat(reading.problems()).isEmpty();
		Interchange interchange = reading.interchanges().get(0);
		assertThat(interchange.sender()).isEqualTo(new Party("SENDERID", "ZZ"));
		assertThat(interchange.controlReference()).isEqualTo("000000101");
		assertThat(interchange.syntaxVersion()).isEqualTo("00401");
		assertThat(interchange.test()).isTrue();
		EdiMessage order = interchange.messages().get(0);
		assertThat(order.type()).isEqualTo("850");
		assertThat(order.version()).isEqualTo("004010");
		assertThat(order.group())
			.isEqualTo(new EdiGroup("PO", new Party("SENDERID", null), new Party("RECEIVERID", null), "101", "004010"));
		assertThat(order.segments()).extracting(EdiSegment::tag).containsExactly("ST", "BEG", "PO1", "CTT", "SE");
	}

	@Test
	void reportsAnSeCountMismatchAndTheMissingIea() throws IOException {
		EdiReading reading = read("x12/4010/850-se-count-mismatch-missing-iea.edi");
		assertThat(reading.problems()).containsExactly(
				new ParseProblem(ParseProblem.Kind.COUNT_MISMATCH, "SE", 7, 7, "SE01",
						"SE01 says 7 segments but the transaction set has 5"),
				new ParseProblem(ParseProblem.Kind.MISSING_TRAILER, "IEA", 9, 8, null,
						"The interchange 000000101 has no IEA trailer: the input ends after GE at position 8"));
		assertThat(reading.messages()).hasSize(1);
	}

	@Test
	void readsAnInterchangeAfterAByteOrderMarkAndBlankLinesCountingTheLines() throws IOException {
		String edi = "\uFEFF\n\nUNB+UNOA:1+SENDER:ZZZ+RECEIVER:ZZZ+201001:1200+1'\nUNH+1+ORDERS:D:96A:UN'\n"
				+ "BGM+220+ORDER123+9'\nUNT+2+1'\nUNZ+1+1'\n";
		EdiReading reading = this.reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.UTF_8)));
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.COUNT_MISMATCH, "UNT", 4, 6,
				"UNT01", "UNT01 says 2 segments but the message has 3"));
	}

	@Test
	void refusesInputThatIsNotEdiByWhatItLooksLike() {
		EdiReading reading = this.reader.read(new ByteArrayInputStream("{\"order\": 1}".getBytes()));
		assertThat(reading.problems()).containsExactly(ParseProblem.ofInput(ParseProblem.Kind.UNRECOGNISED_FORMAT,
				"The file is not EDIFACT or X12: it looks like JSON"));
	}

	@Test
	void takesTheCallersDetectionInsteadOfDetectingAgain() {
		byte[] edi = "UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+7'"
			.getBytes(StandardCharsets.US_ASCII);
		Detection detection = new FormatDetector().detect(edi);
		assertThat(this.reader.read(new ByteArrayInputStream(edi), detection).messages()).hasSize(1);
		EdiReading told = this.reader.read(new ByteArrayInputStream(edi),
				new Detection(Format.UNRECOGNISED, null, "what the caller saw"));
		assertThat(told.problems()).containsExactly(ParseProblem.ofInput(ParseProblem.Kind.UNRECOGNISED_FORMAT,
				"The file is not EDIFACT or X12: it looks like what the caller saw"));
	}

	@Test
	void reportsAHeaderThatCannotBeReadAtTheHeader() {
		EdiReading reading = this.reader.read(new ByteArrayInputStream("ISA*00*short*header~".getBytes()));
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(ParseProblem.Kind.SYNTAX_ERROR);
			assertThat(problem.segment()).isEqualTo("ISA");
			assertThat(problem.segmentPosition()).isEqualTo(1);
		});
	}

	@Test
	void readsALastSegmentWithoutItsTerminatorAndSaysSo() {
		String edi = "UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+7";
		EdiReading reading = this.reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)));
		assertThat(reading.messages()).hasSize(1);
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR, "UNZ", 4, null,
				null, "UNZ at position 4 has no segment terminator '''; it was read as if it had one"));
	}

	@Test
	void tellsWhichProblemsBelongToWhichInterchangeOfAFile() {
		String edi = "UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+1'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+1+1'\n"
				+ "UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+2'UNH+1+ORDERS:D:96A:UN'UNT+9+1'UNZ+1+2'\n"
				+ "UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+3'UNH+1+ORDERS:D:96A:UN'UNT+2+1'UNZ+7+3'\n";
		EdiReading reading = this.reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)));
		assertThat(reading.interchanges()).hasSize(3);
		assertThat(reading.problemsOf(0)).isEmpty();
		assertThat(reading.problemsOf(1)).extracting(ParseProblem::element).containsExactly("UNT01");
		assertThat(reading.problemsOf(2)).extracting(ParseProblem::element).containsExactly("UNZ01");
	}

	@Test
	void decodesUnowAsUtf8() {
		String edi = "UNB+UNOW:4+SENDER:ZZZ+RECEIVER:ZZZ+20201001:1200+1'UNH+1+ORDERS:D:96A:UN'"
				+ "NAD+BY+++M\u00fcller \u0141\u00f3d\u017a \u4e1c\u4eac'UNT+3+1'UNZ+1+1'";
		EdiReading reading = this.reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.UTF_8)));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.messages().get(0).segments().get(1).value(4))
			.isEqualTo("M\u00fcller \u0141\u00f3d\u017a \u4e1c\u4eac");
	}

	@Test
	void handsMessagesOfALargeInterchangeToAListenerOneByOne() {
		int count = 5_000;
		String message = "UNH+%1$d+ORDERS:D:96A:UN:EAN008'BGM+220+PO%1$d+9'LIN+1++4000862141404:EN'QTY+21:48'UNT+5+%1$d'\n";
		InputStream input = new SequenceInputStream(
				Collections.enumeration(List.of(stream("UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+BIG1'\n"),
						new SequenceInputStream(new Enumeration<InputStream>() {
							int next = 1;

							@Override
							public boolean hasMoreElements() {
								return this.next <= count;
							}

							@Override
							public InputStream nextElement() {
								return stream(message.formatted(this.next++));
							}
						}), stream("UNZ+" + count + "+BIG1'\n"))));
		AtomicInteger messages = new AtomicInteger();
		EdiReading reading = this.reader.read(input, (interchange, read) -> {
			assertThat(interchange.controlReference()).isEqualTo("BIG1");
			messages.incrementAndGet();
		});
		assertThat(reading.problems()).isEmpty();
		assertThat(messages).hasValue(count);
		assertThat(reading.interchanges()).singleElement().satisfies((i) -> assertThat(i.messages()).isEmpty());
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
	}

	private EdiReading read(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return this.reader.read(in);
		}
	}

}
