package io.tradehub.format;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters outside the character set an EDIFACT interchange declares are named once per
 * element, with the element and the character; X12 declares none and is not checked.
 */
class EdiReaderCharacterSetTests {

	final EdiReader reader = new EdiReader();

	@Test
	void namesUtf8LettersInAUnoaInterchangeOncePerElement() {
		EdiReading reading = read(
				"UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'\nUNH+1+ORDERS:D:96A:UN'\n"
						+ "NAD+BY+++M\u00fcller M\u00fcnchen+K\u00f6nigstra\u00dfe:Hof\u00f6'\nUNT+3+1'\nUNZ+1+7'\n",
				StandardCharsets.UTF_8);
		assertThat(reading.problems()).containsExactly(
				new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "NAD", 3, 3, "NAD04",
						"NAD04 has '\u00fc' (U+00FC), which the UNOA character set declared in UNB01-1 does not have;"
								+ " declare one that has it (UNOC for Latin-1, UNOW for UTF-8) or leave it out"),
				new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "NAD", 3, 3, "NAD05-1",
						"NAD05-1 has '\u00f6' (U+00F6), '\u00df' (U+00DF), which the UNOA character set declared in"
								+ " UNB01-1 does not have; declare one that has it (UNOC for Latin-1, UNOW for UTF-8)"
								+ " or leave it out"),
				new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "NAD", 3, 3, "NAD05-2",
						"NAD05-2 has '\u00f6' (U+00F6), which the UNOA character set declared in UNB01-1 does not"
								+ " have; declare one that has it (UNOC for Latin-1, UNOW for UTF-8) or leave it out"));
		assertThat(reading.messages().get(0).segments().get(1).value(4)).isEqualTo("M\u00fcller M\u00fcnchen");
	}

	@Test
	void acceptsLowerCaseAndEmailAddressesUnderUnoaAsRealPartnersSendThem() {
		EdiReading reading = read(
				"UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'UNH+1+ORDERS:D:96A:UN'"
						+ "COM+orders@example.com:EM'FTX+AAI+++Ring [twice] {back} $5 #3'UNT+4+1'UNZ+1+7'",
				StandardCharsets.US_ASCII);
		assertThat(reading.problems()).isEmpty();
	}

	@Test
	void namesUtf8BytesSentUnderUnocByTheirControlCharacter() {
		// '€' in UTF-8 is E2 82 AC: read as ISO 8859-1 the middle byte is a C1 control
		EdiReading reading = read("UNB+UNOC:3+SENDER:14+RECEIVER:14+240105:1030+7'UNH+1+ORDERS:D:96A:UN'"
				+ "FTX+AAI+++5 \u20ac or 5 \u00e9'UNT+3+1'UNZ+1+7'", StandardCharsets.UTF_8);
		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.element()).isEqualTo("FTX04");
			assertThat(problem.message()).startsWith("FTX04 has the control character U+0082, which the UNOC");
		});
		assertThat(read("UNB+UNOC:3+SENDER:14+RECEIVER:14+240105:1030+7'UNH+1+ORDERS:D:96A:UN'"
				+ "FTX+AAI+++5 \u00e9 \u00fc'UNT+3+1'UNZ+1+7'", StandardCharsets.ISO_8859_1)
			.problems()).isEmpty();
	}

	@Test
	void namesTheSegmentWhereBytesAreNotUtf8UnderUnow() {
		byte[] edi = ("UNB+UNOW:4+SENDER:14+RECEIVER:14+20240105:1030+7'\nUNH+1+ORDERS:D:96A:UN'\nNAD+BY+++M?ller'\n"
				+ "UNT+3+1'\nUNZ+1+7'\n")
			.getBytes(StandardCharsets.US_ASCII);
		edi[new String(edi, StandardCharsets.US_ASCII).indexOf("?ller")] = (byte) 0xFC;
		EdiReading reading = this.reader.read(new ByteArrayInputStream(edi));
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "NAD", 3, 3,
				null, "NAD at position 3 has bytes that are not UTF-8, which the file is read as for the UNOW declared"
						+ " in UNB01-1; the input cannot be read from there"));
	}

	@Test
	void reportsTwentyElementsAndCountsTheRestAtTheHeader() {
		StringBuilder edi = new StringBuilder(
				"UNB+UNOB:3+SENDER:14+RECEIVER:14+240105:1030+7'\nUNH+1+ORDERS:D:96A:UN'\n");
		for (int i = 0; i < 25; i++) {
			edi.append("FTX+AAI+++Gr\u00fc\u00dfe'\n");
		}
		edi.append("UNT+27+1'\nUNZ+1+7'\n");
		EdiReading reading = read(edi.toString(), StandardCharsets.UTF_8);
		assertThat(reading.problems()).hasSize(21);
		assertThat(reading.problems().get(19).segmentPosition()).isEqualTo(22);
		assertThat(reading.problems().get(20))
			.isEqualTo(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "UNB", 1, 1, "UNB01-1",
					"5 more elements have characters outside the UNOB character set UNB01-1 declares; only the first 20"
							+ " are listed"));
	}

	@Test
	void leavesX12AloneForItDeclaresNoCharacterSet() {
		String edi = "ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID     "
				+ "*240105*1030*U*00401*000000101*0*T*>~GS*PO*SENDERID*RECEIVERID*20240105*1030*101*X*004010~"
				+ "ST*850*0001~N1*ST*M\u00fcller~SE*3*0001~GE*1*101~IEA*1*000000101~";
		assertThat(read(edi, StandardCharsets.UTF_8).problems()).isEmpty();
	}

	private EdiReading read(String edi, Charset charset) {
		return this.reader.read(new ByteArrayInputStream(edi.getBytes(charset)));
	}

}
