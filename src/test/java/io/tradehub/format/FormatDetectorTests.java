package io.tradehub.format;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detection from the first bytes of a file.
 */
class FormatDetectorTests {

	final FormatDetector detector = new FormatDetector();

	@Test
	void detectsEdifactWithAndWithoutUnaAfterAByteOrderMarkAndWhitespace() {
		assertThat(detect("UNA:+.? 'UNB+UNOA:3+A+B+200101:1200+1'").format()).isEqualTo(Format.EDIFACT);
		assertThat(detect("\uFEFF \r\n\tUNB+UNOC:3+A+B+200101:1200+1'").format()).isEqualTo(Format.EDIFACT);
	}

	@Test
	void detectsX12WithAnyElementSeparator() {
		assertThat(detect("ISA*00*").format()).isEqualTo(Format.X12);
		assertThat(detect("ISA|00|").format()).isEqualTo(Format.X12);
		assertThat(detect("ISA\u007F00\u007F").format()).isEqualTo(Format.X12);
	}

	@Test
	void detectsXmlJsonAndCsvWithItsDelimiter() {
		assertThat(detect("<?xml version=\"1.0\"?><order/>").format()).isEqualTo(Format.XML);
		assertThat(detect(" [ {\"sku\": 1} ]").format()).isEqualTo(Format.JSON);
		assertThat(detect("sku;qty\nA;1\nB;2\n").csvDelimiter()).isEqualTo(';');
		assertThat(detect("sku\tqty\nA\t1\n").csvDelimiter()).isEqualTo('\t');
		assertThat(detect("sku|qty\nA|1\n").csvDelimiter()).isEqualTo('|');
		assertThat(detect("\"a,b\",c\n\"d\",e\n").csvDelimiter()).isEqualTo(',');
	}

	@Test
	void namesWhatItDoesNotRead() {
		assertThat(detect("").description()).isEqualTo("an empty file");
		assertThat(detect("STX=ANA:1+5000000000000:SENDER").description()).startsWith("TRADACOMS");
		assertThat(detect("Tk9OIEVESSBGSUxFISAasadsdfs").format()).isEqualTo(Format.UNRECOGNISED);
		assertThat(this.detector.detect(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 1 }).description())
			.isEqualTo("binary data, not text");
		assertThat(this.detector.detect(new byte[] { (byte) 0xC9, (byte) 0xE2, (byte) 0xC1, 0x5C }).description())
			.startsWith("EBCDIC");
	}

	private Detection detect(String text) {
		return this.detector.detect(text.getBytes(StandardCharsets.UTF_8));
	}

}
