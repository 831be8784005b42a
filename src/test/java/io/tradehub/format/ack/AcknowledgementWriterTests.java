package io.tradehub.format.ack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Goldens;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ack.AckFixtures.Checked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * CONTRL, 997, 999 and TA1 written for interchanges as read and mapped, compared with
 * their goldens, and read back into the same verdicts, references and positions.
 */
class AcknowledgementWriterTests {

	private final AcknowledgementWriter writer = new AcknowledgementWriter(new InMemoryControlNumbers(),
			AckFixtures.CLOCK);

	private byte[] acknowledge(String input, String golden) throws IOException {
		Checked checked = AckFixtures.check(input);
		byte[] written = this.writer.write(checked.interchange(), checked.problems());
		Goldens.assertMatches(AckFixtures.RESOURCES.resolve(golden), written);
		// What the hub writes, it reads without a problem.
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(written));
		assertThat(reading.problems()).isEmpty();
		return written;
	}

	@Test
	void aGoodOrdersInterchangeIsAcknowledgedWithUci7AndAUcm7() throws IOException {
		Acknowledgement contrl = AckFixtures.single(acknowledge("orders-good.edi", "orders-good.contrl.edi"));
		assertThat(contrl.kind()).isEqualTo(Acknowledgement.Kind.SYNTAX);
		assertThat(contrl.level()).isEqualTo(Acknowledgement.Level.INTERCHANGE);
		assertThat(contrl.acknowledgedReference()).isEqualTo("ORD0001");
		assertThat(contrl.status()).isEqualTo(Status.ACCEPTED);
		assertThat(contrl.acknowledged().sender()).isEqualTo("14:5412345000013");
		assertThat(contrl.messages()).containsExactly(new MessageStatus("1", "ORDERS", Status.ACCEPTED));
		assertThat(contrl.problems()).isEmpty();
		// The answer goes back: the orderer receives it from the supplier.
		assertThat(contrl.envelope().sender().identity()).isEqualTo("14:4012345000009");
		assertThat(contrl.envelope().receiver().identity()).isEqualTo("14:5412345000013");
	}

	@Test
	void aUntCountMismatchAndAMissingDocumentNumberRejectTheirMessagesOnly() throws IOException {
		Checked checked = AckFixtures.check("orders-unt-mismatch-missing-element.edi");
		assertThat(checked.problems())
			.extracting(ParseProblem::kind, ParseProblem::segment, ParseProblem::segmentPosition, ParseProblem::element)
			.containsExactly(tuple(ParseProblem.Kind.COUNT_MISMATCH, "UNT", 10, "UNT01"),
					tuple(ParseProblem.Kind.MISSING_ELEMENT, "BGM", 12, "BGM02-1"));
		Acknowledgement contrl = AckFixtures.single(acknowledge("orders-unt-mismatch-missing-element.edi",
				"orders-unt-mismatch-missing-element.contrl.edi"));
		assertThat(contrl.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
		assertThat(contrl.messages()).extracting(MessageStatus::reference, MessageStatus::status)
			.containsExactly(tuple("1", Status.REJECTED), tuple("2", Status.REJECTED), tuple("3", Status.ACCEPTED));
		// UNT's error is the message's (UCM); BGM is the second segment of message 2
		// (UCS, UCD).
		assertThat(contrl.problems())
			.extracting(Acknowledgement.Problem::messageReference, Acknowledgement.Problem::segment,
					Acknowledgement.Problem::segmentPosition, Acknowledgement.Problem::element,
					Acknowledgement.Problem::code)
			.containsExactly(tuple("1", "UNT", null, "UNT01", "29"), tuple("2", null, 2, "02-1", "13"));
	}

	@Test
	void aMessageReferenceUsedTwiceRejectsTheSecondMessageWithCode26() throws IOException {
		Checked checked = AckFixtures.check("orders-duplicate-unh.edi");
		Acknowledgement contrl = AckFixtures.single(this.writer.write(checked.interchange(), checked.problems()));
		assertThat(contrl.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
		assertThat(contrl.problems()).extracting(Acknowledgement.Problem::element, Acknowledgement.Problem::code)
			.containsExactly(tuple("UNH01", "26"));
	}

	@Test
	void a4010PurchaseOrderIsAcknowledgedBy997() throws IOException {
		Acknowledgement ack = AckFixtures.single(acknowledge("850-4010-good.edi", "850-4010-good.997.edi"));
		assertThat(ack.level()).isEqualTo(Acknowledgement.Level.GROUP);
		assertThat(ack.acknowledgedReference()).isEqualTo("101");
		assertThat(ack.status()).isEqualTo(Status.ACCEPTED);
		assertThat(ack.acknowledged().sender()).isEqualTo("ZZ:SENDERID");
		assertThat(ack.messages()).containsExactly(new MessageStatus("0001", "850", Status.ACCEPTED));
		assertThat(ack.envelope().source().format()).isEqualTo("X12 997 004010");
	}

	@Test
	void a4010GroupWithBadSetsIsPartlyAcceptedBy997WithAk3AndAk4() throws IOException {
		Acknowledgement ack = AckFixtures.single(acknowledge("850-4010-bad.edi", "850-4010-bad.997.edi"));
		assertBadGroup(ack);
	}

	@Test
	void a5010PurchaseOrderIsAcknowledgedBy999() throws IOException {
		Acknowledgement ack = AckFixtures.single(acknowledge("850-5010-good.edi", "850-5010-good.999.edi"));
		assertThat(ack.status()).isEqualTo(Status.ACCEPTED);
		assertThat(ack.envelope().source().format()).isEqualTo("X12 999 005010X231");
		assertThat(ack.messages()).containsExactly(new MessageStatus("0001", "850", Status.ACCEPTED));
	}

	@Test
	void a5010GroupWithBadSetsIsPartlyAcceptedBy999WithIk3AndIk4() throws IOException {
		assertBadGroup(AckFixtures.single(acknowledge("850-5010-bad.edi", "850-5010-bad.999.edi")));
	}

	private static void assertBadGroup(Acknowledgement ack) {
		assertThat(ack.acknowledgedReference()).isEqualTo("102");
		assertThat(ack.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
		assertThat(ack.messages()).extracting(MessageStatus::reference, MessageStatus::status)
			.containsExactly(tuple("0001", Status.REJECTED), tuple("0002", Status.REJECTED),
					tuple("0003", Status.ACCEPTED));
		// SE01 in AK502 (4); BEG03 in AK3 position 2 and AK4 element 3, with AK502 5.
		assertThat(ack.problems())
			.extracting(Acknowledgement.Problem::messageReference, Acknowledgement.Problem::segment,
					Acknowledgement.Problem::segmentPosition, Acknowledgement.Problem::element,
					Acknowledgement.Problem::code)
			.containsExactly(tuple("0001", null, null, null, "4"), tuple("0002", "BEG", 2, "BEG03", "1"),
					tuple("0002", null, null, null, "5"));
	}

	@Test
	void aBadInterchangeTrailerIsRejectedByTa1() throws IOException {
		Acknowledgement ta1 = AckFixtures
			.single(acknowledge("850-4010-iea-mismatch.edi", "850-4010-iea-mismatch.ta1.edi"));
		assertThat(ta1.level()).isEqualTo(Acknowledgement.Level.INTERCHANGE);
		assertThat(ta1.acknowledgedReference()).isEqualTo("000000101");
		assertThat(ta1.status()).isEqualTo(Status.REJECTED);
		assertThat(ta1.problems()).extracting(Acknowledgement.Problem::code).containsExactly("001");
	}

	@Test
	void aGoodInterchangeCanBeAcceptedByTa1Alone() throws IOException {
		Checked checked = AckFixtures.check("850-4010-good.edi");
		Acknowledgement ta1 = AckFixtures.single(this.writer.ta1(checked.interchange(), checked.problems()));
		assertThat(ta1.status()).isEqualTo(Status.ACCEPTED);
		assertThat(ta1.problems()).isEmpty();
	}

	@Test
	void eachAcknowledgementTakesTheNextControlNumbersForThePartner() throws IOException {
		Checked checked = AckFixtures.check("orders-good.edi");
		this.writer.contrl(checked.interchange(), checked.problems());
		Acknowledgement second = AckFixtures.single(this.writer.contrl(checked.interchange(), checked.problems()));
		assertThat(second.envelope().source().interchangeReference()).isEqualTo("2");
		assertThat(second.envelope().documentNumber()).isEqualTo("2");
	}

	@Test
	void aPurchaseOrderTheRulesRefusedIsRejectedBy997AndExplainedInWordsBy824() throws IOException {
		Checked checked = AckFixtures.check("850-4010-good.edi");
		String reason = "Line 1: the unit price of product SKU*1 is 5.00 USD, but your price for 48 PCE is 4.40 USD"
				+ " (Caf\u00e9 r\u00e9gion~Nord)";
		List<DocumentVerdict> refused = List.of(DocumentVerdict.refused("PO-4711", reason));

		Acknowledgement ack = AckFixtures.single(this.writer.x12(checked.interchange(), checked.problems(), refused));
		assertThat(ack.status()).isEqualTo(Status.REJECTED);
		assertThat(ack.messages()).containsExactly(new MessageStatus("0001", "850", Status.REJECTED));

		byte[] advice = this.writer.applicationAdvice(checked.interchange(), refused).orElseThrow();
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(advice));
		assertThat(reading.problems()).isEmpty();
		List<EdiSegment> segments = reading.interchanges().get(0).messages().get(0).segments();
		assertThat(segments).extracting(EdiSegment::tag).containsExactly("ST", "BGN", "OTI", "TED", "NTE", "NTE", "SE");
		// OTI names the document and the group and set it came in; X12 has no release
		// character, so separators in the text become spaces, and accents are dropped.
		assertThat(segments.get(2).value(1) + " " + segments.get(2).value(3) + " " + segments.get(2).value(8) + " "
				+ segments.get(2).value(9) + " " + segments.get(2).value(10))
			.isEqualTo("TR PO-4711 101 0001 850");
		assertThat(segments.get(3).value(1)).isEqualTo("ZZZ");
		String plain = "Line 1: the unit price of product SKU 1 is 5.00 USD, but your price for 48 PCE is 4.40 USD"
				+ " (Cafe region Nord)";
		assertThat(segments.get(3).value(2)).isEqualTo(plain.substring(0, 60).strip());
		assertThat(segments.get(4).value(2) + segments.get(5).value(2)).isEqualTo(plain);
	}

	@Test
	void a5010SetTheRulesRefusedIsRejectedBy999AndAnAcceptedInterchangeGetsNo824() throws IOException {
		Checked checked = AckFixtures.check("850-5010-good.edi");
		String number = AckFixtures.map(checked.interchange(), checked.interchange().messages().get(0))
			.document()
			.envelope()
			.documentNumber();

		Acknowledgement ack = AckFixtures.single(this.writer.x12(checked.interchange(), checked.problems(),
				List.of(DocumentVerdict.refused(number, "Acme does not allow Bistro to create orders"))));
		assertThat(ack.envelope().source().format()).isEqualTo("X12 999 005010X231");
		assertThat(ack.messages()).containsExactly(new MessageStatus("0001", "850", Status.REJECTED));
		assertThat(this.writer.applicationAdvice(checked.interchange(), List.of(DocumentVerdict.accepted(number))))
			.isEmpty();
		assertThat(AckFixtures
			.single(this.writer.x12(checked.interchange(), checked.problems(),
					List.of(DocumentVerdict.accepted(number))))
			.status()).isEqualTo(Status.ACCEPTED);
	}

}
