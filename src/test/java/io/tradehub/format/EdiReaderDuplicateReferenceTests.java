package io.tradehub.format;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A control reference repeated within one file is named at the header that repeats it,
 * with the position of the one it repeats.
 */
class EdiReaderDuplicateReferenceTests {

	private static final String ISA = "ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID     "
			+ "*240105*1030*U*00401*000000101*0*T*>~\n";

	final EdiReader reader = new EdiReader();

	@Test
	void namesAUnhReferenceRepeatedInItsInterchange() {
		EdiReading reading = read("UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'\nUNH+1+ORDERS:D:96A:UN'\nUNT+2+1'\n"
				+ "UNH+1+ORDERS:D:96A:UN'\nUNT+2+1'\nUNZ+2+7'\n");
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE,
				"UNH", 4, 4, "UNH01", "UNH01 '1' repeats the reference of the message whose UNH is at position 2 in"
						+ " this interchange; each message needs its own reference"));
		assertThat(reading.messages()).hasSize(2);
	}

	@Test
	void namesAUngReferenceRepeatedInItsInterchange() {
		String group = "UNG+ORDERS+SENDER:14+RECEIVER:14+240105:1030+G1+UN+D:96A'\nUNH+%1$s+ORDERS:D:96A:UN'\n"
				+ "UNT+2+%1$s'\nUNE+1+G1'\n";
		EdiReading reading = read("UNB+UNOA:3+SENDER:14+RECEIVER:14+240105:1030+7'\n" + group.formatted("1")
				+ group.formatted("2") + "UNZ+2+7'\n");
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE,
				"UNG", 6, 6, "UNG05", "UNG05 'G1' repeats the reference of the group whose UNG is at position 2 in"
						+ " this interchange; each group needs its own reference"));
	}

	@Test
	void namesAUnbReferenceRepeatedFromTheSameSenderButNotFromAnother() {
		String interchange = "UNB+UNOA:3+%s:14+RECEIVER:14+240105:1030+7'\nUNH+1+ORDERS:D:96A:UN'\nUNT+2+1'\n"
				+ "UNZ+1+7'\n";
		EdiReading reading = read(
				interchange.formatted("SENDER") + interchange.formatted("OTHER") + interchange.formatted("SENDER"));
		assertThat(reading.problems()).containsExactly(new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE,
				"UNB", 1, 9, "UNB05", "UNB05 '7' repeats the control reference of interchange 1 in this file from the"
						+ " same sender 14:SENDER; each interchange needs its own reference"));
		assertThat(reading.interchanges()).hasSize(3);
	}

	@Test
	void namesRepeatedIsaGsAndStControlNumbers() {
		String group = "GS*PO*SENDERID*RECEIVERID*20240105*1030*%s*X*004010~\nST*850*0001~\nSE*2*0001~\n"
				+ "ST*850*0001~\nSE*2*0001~\nGE*2*%<s~\n";
		String interchange = ISA + group.formatted("101") + group.formatted("101") + "IEA*2*000000101~\n";
		EdiReading reading = read(interchange + interchange);
		assertThat(reading.problems())
			.extracting(ParseProblem::segment, ParseProblem::segmentPosition, ParseProblem::line, ParseProblem::element)
			.containsExactly(tuple("ST", 5, 5, "ST02"), tuple("GS", 8, 8, "GS06"), tuple("ST", 11, 11, "ST02"),
					tuple("ISA", 1, 15, "ISA13"), tuple("ST", 5, 19, "ST02"), tuple("GS", 8, 22, "GS06"),
					tuple("ST", 11, 25, "ST02"));
		assertThat(reading.problems().get(1).message()).isEqualTo("GS06 '101' repeats the reference of the group"
				+ " whose GS is at position 2 in this interchange; each group needs its own reference");
		assertThat(reading.problems().get(3).message()).isEqualTo("ISA13 '000000101' repeats the control reference"
				+ " of interchange 1 in this file from the same sender ZZ:SENDERID; each interchange needs its own"
				+ " reference");
	}

	@Test
	void acceptsStNumbersThatRestartInEachGroup() {
		String group = "GS*PO*SENDERID*RECEIVERID*20240105*1030*%s*X*004010~\nST*850*0001~\nSE*2*0001~\nGE*1*%<s~\n";
		EdiReading reading = read(ISA + group.formatted("1") + group.formatted("2") + "IEA*2*000000101~\n");
		assertThat(reading.problems()).isEmpty();
	}

	private EdiReading read(String edi) {
		return this.reader.read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)));
	}

}
