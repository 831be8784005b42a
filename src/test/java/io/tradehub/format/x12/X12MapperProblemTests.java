package io.tradehub.format.x12;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ParseProblem.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction set missing what the canonical model needs gives positioned problems and
 * no document, never an exception.
 */
class X12MapperProblemTests {

	static final String ISA = "ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID     *240105*1030*U*00401*000000101*0*T*>~\n";

	static List<ParseProblem> problems(String type, String... body) {
		StringBuilder edi = new StringBuilder(ISA).append("GS*PO*SENDERID*RECEIVERID*20240105*1030*101*X*004010~\n")
			.append("ST*" + type + "*0001~\n");
		for (String segment : body) {
			edi.append(segment).append("~\n");
		}
		edi.append("SE*" + (body.length + 2) + "*0001~\nGE*1*101~\nIEA*1*000000101~\n");
		List<MappedMessage> results = X12Mapped.map(edi.toString().getBytes(StandardCharsets.US_ASCII),
				X12Mapped.context(X12Mapped.HUB_ID, "USD"));
		assertThat(results).singleElement().satisfies((result) -> assertThat(result.document()).isNull());
		return results.get(0).problems();
	}

	@Test
	void anOrderWithoutNumberProductOrNumericQuantityGivesEachProblemAtItsElement() {
		assertThat(problems("850", "BEG*00*SA***20240105", "PO1*1*4X*EA*5.00**UP*400086214140", "PO1*2*2*EA*5.00",
				"CTT*2"))
			.containsExactly(
					new ParseProblem(Kind.MISSING_ELEMENT, "BEG", 4, 4, "BEG03",
							"BEG03 (the purchase order number) is empty; the 850 needs it"),
					new ParseProblem(Kind.INVALID_ELEMENT, "PO1", 5, 5, "PO102",
							"PO102 '4X' is not a number; the quantity ordered must be written like 24 or 2.5"),
					new ParseProblem(Kind.MISSING_ELEMENT, "PO1", 6, 6, "PO107",
							"PO1 has no product id the hub reads: give a GTIN (UP, EN, UK), a SKU (VN) or the buyer's"
									+ " code (BP) as a qualifier/id pair from PO106"));
	}

	@Test
	void anOrderWithoutLinesOrBeginningSaysWhichSegmentIsMissing() {
		assertThat(problems("850", "CTT*0")).extracting(ParseProblem::kind, ParseProblem::segment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SEGMENT, "ST"),
					org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SEGMENT, "SE"));
	}

	@Test
	void aTransactionSetTheHubDoesNotTradeIsRefusedByName() {
		assertThat(problems("860", "BCH*01*SA*PO1**20240105")).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(Kind.UNSUPPORTED_TYPE);
			assertThat(problem.message()).isEqualTo("X12 860 004010 is not a message type the hub trades");
		});
	}

}
