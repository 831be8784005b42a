package io.tradehub.format.edifact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ParseProblem.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message missing what the canonical model needs gives positioned problems and no
 * document, never an exception.
 */
class EdifactMapperProblemsTests {

	static MappedMessage map(String body, String type) {
		String[] segments = body.split("\n");
		String edi = "UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4012345000009:14+240105:1030+77'\nUNH+1+" + type
				+ ":D:96A:UN:EAN008'\n" + body + "\nUNT+" + (segments.length + 2) + "+1'\nUNZ+1+77'\n";
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		return new EdifactMapper(() -> EdifactMapperRoundTripTests.HUB_ID, EdifactWriterTests.CLOCK)
			.map(reading.interchanges().get(0), reading.messages().get(0));
	}

	@Test
	void anOrderWithoutItsBgmNumberIsRefusedAtBgm() {
		MappedMessage mapping = map("BGM+220++9'\nLIN+1++4000862141404:EN'\nQTY+21:48'", "ORDERS");
		assertThat(mapping.document()).isNull();
		assertThat(mapping.problems()).containsExactly(new ParseProblem(Kind.MISSING_ELEMENT, "BGM", 3, 4, "BGM02-1",
				"BGM02-1 (document number) is mandatory but missing"));
	}

	@Test
	void aMessageWithoutBgmIsRefusedAtItsHeader() {
		assertThat(map("DTM+137:20240105:102'\nLIN+1++4000862141404:EN'\nQTY+21:48'", "ORDERS").problems())
			.containsExactly(new ParseProblem(Kind.MISSING_SEGMENT, "UNH", 2, 3, null,
					"The message has no BGM segment: it needs BGM with the document number"));
	}

	@Test
	void aLineWithoutAProductIdIsRefusedAtItsLin() {
		assertThat(map("BGM+220+PO-1+9'\nLIN+1'\nQTY+21:48'", "ORDERS").problems())
			.containsExactly(new ParseProblem(Kind.MISSING_ELEMENT, "LIN", 4, 5, "LIN03-1",
					"Line 1 names no product: LIN03-1 has no GTIN and no PIA gives a supplier's (SA) or buyer's (IN)"
							+ " article number"));
	}

	@Test
	void aQuantityThatIsNotANumberIsRefusedAtItsElement() {
		assertThat(map("BGM+220+PO-1+9'\nLIN+1++4000862141404:EN'\nQTY+21:4B'", "ORDERS").problems()).containsExactly(
				new ParseProblem(Kind.INVALID_ELEMENT, "QTY", 5, 6, "QTY01-2", "QTY01-2 '4B' is not a number"));
	}

	@Test
	void aLineNumberUsedTwiceIsRefusedAtTheSecondLine() {
		assertThat(map("BGM+220+PO-1+9'\nLIN+1++4000862141404:EN'\nQTY+21:1'\nLIN+1++4000862141411:EN'\nQTY+21:2'",
				"ORDERS")
			.problems())
			.containsExactly(new ParseProblem(Kind.INVALID_ELEMENT, "LIN", 6, 7, "LIN01",
					"LIN01 line number 1 is used twice; each line needs its own number"));
	}

	@Test
	void anOrderWithoutLinesIsRefusedAtUnt() {
		assertThat(map("BGM+220+PO-1+9'\nUNS+S'", "ORDERS").problems()).containsExactly(new ParseProblem(
				Kind.MISSING_SEGMENT, "UNT", 5, 6, null, "The ORDERS has no LIN line; an order needs at least one"));
	}

	@Test
	void anUnknownOrderResponseVerdictIsRefusedAtBgm03() {
		assertThat(map("BGM+231+OR-1+9'\nLIN+1+5+4000862141404:EN'", "ORDRSP").problems())
			.containsExactly(new ParseProblem(Kind.INVALID_ELEMENT, "BGM", 3, 4, "BGM03",
					"BGM03 '9' is not known; it says whether the order is accepted, rejected or changed (29, 27 or 4)"));
	}

	@Test
	void anInvalidDateIsRefusedAtItsElement() {
		assertThat(
				map("BGM+220+PO-1+9'\nDTM+137:20241305:102'\nLIN+1++4000862141404:EN'\nQTY+21:1'", "ORDERS").problems())
			.containsExactly(new ParseProblem(Kind.INVALID_ELEMENT, "DTM", 4, 5, "DTM01-2",
					"DTM01-2 '20241305' is not a valid date in format 102"));
		assertThat(
				map("BGM+220+PO-1+9'\nDTM+137:20240230:102'\nLIN+1++4000862141404:EN'\nQTY+21:1'", "ORDERS").problems())
			.extracting(ParseProblem::message)
			.containsExactly("DTM01-2 '20240230' is not a valid date in format 102");
		assertThat(
				map("BGM+220+PO-1+9'\nDTM+137:2024-1-5:102'\nLIN+1++4000862141404:EN'\nQTY+21:1'", "ORDERS").problems())
			.extracting(ParseProblem::message)
			.containsExactly("DTM01-2 '2024-1-5' is not a valid date in format 102");
	}

	@Test
	void aTypeTheHubDoesNotTradeIsRefusedNamingTheType() {
		assertThat(map("BGM+380+INV-1+9'", "INVOIC").problems()).containsExactly(new ParseProblem(Kind.UNSUPPORTED_TYPE,
				"UNH", 2, 3, null, "EDIFACT INVOIC D96A is not a message type the hub trades"));
	}

	@Test
	void aMinimalOrderMapsWithPiecesWhenQtyNamesNoUnit() {
		MappedMessage mapping = map("BGM+220+PO-1+9'\nLIN+1++4000862141404:EN'\nQTY+21:48'", "ORDERS");
		assertThat(mapping.problems()).isEmpty();
		io.tradehub.document.Order order = (io.tradehub.document.Order) mapping.document();
		assertThat(order.lines().get(0).quantity().unit()).isEqualTo("PCE");
		assertThat(order.envelope().sender().identity()).isEqualTo("14:5412345000013");
		assertThat(order.envelope().documentDate()).isNull();
	}

}
