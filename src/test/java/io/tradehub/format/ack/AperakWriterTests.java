package io.tradehub.format.ack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Goldens;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ack.AckFixtures.Checked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * APERAKs written for interchanges as read, with the rules' verdict on each document,
 * compared with their goldens and read back by the hub's own APERAK reading into the same
 * verdicts, document numbers and reasons.
 */
class AperakWriterTests {

	private final AcknowledgementWriter writer = new AcknowledgementWriter(new InMemoryControlNumbers(),
			AckFixtures.CLOCK);

	@Test
	void anAcceptedOrderGetsAnAperakWith29NamingItsNumber() throws IOException {
		Checked checked = AckFixtures.check("orders-good.edi");

		byte[] written = aperak(checked, List.of(DocumentVerdict.accepted("PO-4711")));

		Goldens.assertMatches(AckFixtures.RESOURCES.resolve("orders-good.aperak.edi"), written);
		Acknowledgement aperak = AckFixtures.single(written);
		assertThat(aperak.kind()).isEqualTo(Acknowledgement.Kind.APPLICATION);
		assertThat(aperak.level()).isEqualTo(Acknowledgement.Level.MESSAGE);
		assertThat(aperak.status()).isEqualTo(Status.ACCEPTED);
		assertThat(aperak.acknowledgedReference()).isEqualTo("PO-4711");
		assertThat(aperak.problems()).isEmpty();
		// The answer goes back: the orderer receives it from the supplier.
		assertThat(aperak.envelope().sender().identity()).isEqualTo("14:4012345000009");
		assertThat(aperak.envelope().receiver().identity()).isEqualTo("14:5412345000013");
	}

	@Test
	void aRefusedOrderGetsAnAperakWith27AndTheRulesReason() throws IOException {
		Checked checked = AckFixtures.check("orders-good.edi");

		Acknowledgement aperak = AckFixtures.single(aperak(checked, List.of(DocumentVerdict.refused("PO-4711",
				"The connection between 14:5412345000013 and 14:4012345000009 is not ACTIVE"))));

		assertThat(aperak.status()).isEqualTo(Status.REJECTED);
		assertThat(aperak.acknowledgedReference()).isEqualTo("PO-4711");
		assertThat(aperak.problems()).extracting(Problem::code, Problem::message)
			.containsExactly(
					tuple("REFUSED", "The connection between 14:5412345000013 and 14:4012345000009 is not ACTIVE"));
	}

	@Test
	void eachMessageOfTheInterchangeGetsItsOwnAperakInOneInterchange() throws IOException {
		Checked checked = check(orders("UNOC:3", "PO-1", "PO-2", "PO-3"));

		byte[] written = aperak(checked,
				List.of(DocumentVerdict.accepted("PO-1"),
						DocumentVerdict.refused("PO-2", "Product 4000862141404 is not visible to you"),
						DocumentVerdict.accepted("PO-3")));

		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(written));
		assertThat(reading.interchanges()).singleElement()
			.satisfies((interchange) -> assertThat(interchange.messages()).extracting(EdiMessage::type)
				.containsExactly("APERAK", "APERAK", "APERAK"));
		assertThat(AckFixtures.acknowledgements(reading))
			.extracting(Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple("PO-1", Status.ACCEPTED), tuple("PO-2", Status.REJECTED),
					tuple("PO-3", Status.ACCEPTED));
		// Each APERAK has a number of its own, which is not the number it answers.
		assertThat(AckFixtures.acknowledgements(reading)).extracting((ack) -> ack.envelope().documentNumber())
			.containsExactly("1", "2", "3");
	}

	@Test
	void syntaxErrorsRefuseTheirMessagesWithWhereAndTheOthersAsNotProcessed() throws IOException {
		Checked checked = AckFixtures.check("orders-unt-mismatch-missing-element.edi");

		byte[] written = aperak(checked, List.of());

		Goldens.assertMatches(AckFixtures.RESOURCES.resolve("orders-unt-mismatch-missing-element.aperak.edi"), written);
		List<Acknowledgement> aperaks = AckFixtures.acknowledgements(written);
		// The message without a document number is named by its UNH reference.
		assertThat(aperaks).extracting(Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple("PO-4712", Status.REJECTED), tuple("2", Status.REJECTED),
					tuple("PO-4714", Status.REJECTED));
		assertThat(aperaks.get(1).problems()).extracting(Problem::code).containsExactly("13");
		assertThat(aperaks.get(1).problems().get(0).message()).contains("(segment BGM 2 of the message, line 13");
		assertThat(aperaks.get(2).problems()).extracting(Problem::code).containsExactly("NOTPROC");
	}

	@Test
	void aDuplicateInterchangeRefusesEveryMessageWithCode26() throws IOException {
		Checked checked = AckFixtures.check("orders-good.edi");
		List<ParseProblem> problems = new ArrayList<>(checked.problems());
		problems.add(new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE, "UNB", 1, 2, "UNB05",
				"Interchange ORD0001 was already received on 2026-11-22"));

		Acknowledgement aperak = AckFixtures
			.single(this.writer.aperak(checked.interchange(), problems, List.of()).orElseThrow());

		assertThat(aperak.status()).isEqualTo(Status.REJECTED);
		assertThat(aperak.acknowledgedReference()).isEqualTo("PO-4711");
		assertThat(aperak.problems()).extracting(Problem::code, Problem::message)
			.containsExactly(tuple("26", "The interchange is refused: Interchange ORD0001 was already received"
					+ " on 2026-11-22 (segment UNB, line 2, element UNB05)"));
	}

	@Test
	void releaseCharactersInTheReasonAreEscapedAndReadBack() throws IOException {
		Checked checked = AckFixtures.check("orders-good.edi");
		String reason = "Price ?5+3: the buyer's 'special' rate is not agreed";

		byte[] written = aperak(checked, List.of(DocumentVerdict.refused("PO-4711", reason)));

		assertThat(new String(written, StandardCharsets.ISO_8859_1))
			.contains("FTX+AAO+++Price ??5?+3?: the buyer?'s ?'special?' rate is not agreed'");
		assertThat(AckFixtures.single(written).problems()).extracting(Problem::message).containsExactly(reason);
	}

	@Test
	void underUnoaAnAccentedReasonLosesItsAccentsAndUnderUnocKeepsThem() throws IOException {
		String reason = "Crème brûlée n°7 is not in Müller's catalogue (€)";

		byte[] unoa = aperak(check(orders("UNOA:3", "PO-1")), List.of(DocumentVerdict.refused("PO-1", reason)));
		byte[] unoc = aperak(check(orders("UNOC:3", "PO-1")), List.of(DocumentVerdict.refused("PO-1", reason)));

		assertThat(new String(unoa, StandardCharsets.ISO_8859_1)).startsWith("UNA:+.? '\nUNB+UNOA:3+");
		assertThat(AckFixtures.single(unoa).problems()).extracting(Problem::message)
			.containsExactly("Creme brulee n_7 is not in Muller?s catalogue (_)".replace("?", "'"));
		assertThat(AckFixtures.single(unoc).problems()).extracting(Problem::message)
			.containsExactly("Crème brûlée n°7 is not in Müller's catalogue (_)");
	}

	@Test
	void syntaxVersion4IsAnsweredInSyntax4() throws IOException {
		Acknowledgement aperak = AckFixtures
			.single(aperak(check(orders("UNOC:4", "PO-1")), List.of(DocumentVerdict.accepted("PO-1"))));

		assertThat(aperak.status()).isEqualTo(Status.ACCEPTED);
		assertThat(aperak.envelope().source().format()).isEqualTo("EDIFACT APERAK D96A");
	}

	@Test
	void anInterchangeOfAcknowledgementsOnlyGetsNoAperak() {
		Checked checked = check("UNA:+.? '\nUNB+UNOC:3+5412345000013:14+4012345000009:14+240105:1030+ACK1'\n"
				+ "UNH+1+CONTRL:D:3:UN'\nUCI+7+4012345000009:14+5412345000013:14+7'\nUNT+3+1'\nUNZ+1+ACK1'\n");

		assertThat(this.writer.aperak(checked.interchange(), checked.problems(), List.of())).isEmpty();
	}

	@Test
	void aSenderOfSyntaxAcknowledgementsGetsAperaksForTheRefusedDocumentsAlone() throws IOException {
		Checked checked = check(orders("UNOC:3", "PO-1", "PO-2", "PO-3"));
		List<DocumentVerdict> verdicts = List.of(DocumentVerdict.accepted("PO-1"),
				DocumentVerdict.refused("PO-2", "Line 2: product SKU-2 is not available to you"),
				DocumentVerdict.accepted("PO-3"));

		byte[] written = this.writer.refusals(checked.interchange(), verdicts).orElseThrow();

		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(written));
		assertThat(reading.problems()).isEmpty();
		assertThat(AckFixtures.acknowledgements(reading)).singleElement().satisfies((aperak) -> {
			assertThat(aperak.acknowledgedReference()).isEqualTo("PO-2");
			assertThat(aperak.status()).isEqualTo(Status.REJECTED);
			assertThat(aperak.problems()).extracting(Problem::code, Problem::message)
				.containsExactly(tuple("REFUSED", "Line 2: product SKU-2 is not available to you"));
		});
		assertThat(this.writer.refusals(checked.interchange(), List.of(DocumentVerdict.accepted("PO-1"),
				DocumentVerdict.accepted("PO-2"), DocumentVerdict.accepted("PO-3"))))
			.isEmpty();
	}

	private byte[] aperak(Checked checked, List<DocumentVerdict> documents) {
		byte[] written = this.writer.aperak(checked.interchange(), checked.problems(), documents).orElseThrow();
		// What the hub writes, it reads without a problem.
		assertThat(new EdiReader().read(new ByteArrayInputStream(written)).problems()).isEmpty();
		return written;
	}

	private static Checked check(String edi) {
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.ISO_8859_1)));
		Interchange interchange = reading.interchanges().get(0);
		List<ParseProblem> problems = new ArrayList<>(reading.problems());
		for (EdiMessage message : interchange.messages()) {
			problems.addAll(AckFixtures.map(interchange, message).problems());
		}
		assertThat(problems).isEmpty();
		return new Checked(interchange, problems);
	}

	/** An interchange of one small ORDERS per number. */
	private static String orders(String syntax, String... numbers) {
		StringBuilder edi = new StringBuilder("UNA:+.? '\nUNB+" + syntax + "+5412345000013:14+4012345000009:14+"
				+ (syntax.endsWith("4") ? "20240105" : "240105") + ":1030+ORD9'\n");
		for (int i = 0; i < numbers.length; i++) {
			String reference = Integer.toString(i + 1);
			edi.append("UNH+" + reference + "+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + numbers[i]
					+ "+9'\nDTM+137:20240105:102'\nNAD+BY+5412345000013::9'\nNAD+SU+4012345000009::9'\n"
					+ "LIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\nUNT+9+" + reference + "'\n");
		}
		return edi.append("UNZ+" + numbers.length + "+ORD9'\n").toString();
	}

}
