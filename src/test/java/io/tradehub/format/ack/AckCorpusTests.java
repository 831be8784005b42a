package io.tradehub.format.ack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Kind;
import io.tradehub.document.Acknowledgement.Level;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.ParseProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared corpus's APERAK, CONTRL, 997, 999 and TA1 samples, read in place (never
 * copied) into canonical acknowledgements naming what they answer.
 */
class AckCorpusTests {

	static final Path CORPUS = Path.of("..", "shared", "corpus");

	static EdiReading read(String file) throws IOException {
		assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent (a user's own clone): corpus test skipped");
		try (InputStream input = Files.newInputStream(CORPUS.resolve(file))) {
			return new EdiReader().read(input);
		}
	}

	static List<Acknowledgement> acknowledgements(String file) throws IOException {
		return AckFixtures.acknowledgements(read(file));
	}

	@Test
	void aperaksAreApplicationAcknowledgementsOfTheDocumentTheyName() throws IOException {
		Acknowledgement order = acknowledgements("edifact/aperak/d96a-order-ack-crlf.edi").get(0);
		assertThat(order.kind()).isEqualTo(Kind.APPLICATION);
		assertThat(order.level()).isEqualTo(Level.MESSAGE);
		assertThat(order.acknowledgedReference()).isEqualTo("T0000000015");
		assertThat(order.envelope().answers().documentNumber()).isEqualTo("T0000000015");
		assertThat(order.status()).isEqualTo(Status.ACCEPTED);
		assertThat(order.acknowledged().sender()).isEqualTo("14:PARTNER1");

		Acknowledgement rejected = acknowledgements("edifact/aperak/d96a-rejected-syntax4-una.edi").get(0);
		assertThat(rejected.acknowledgedReference()).isEqualTo("PO123456");
		assertThat(rejected.status()).isEqualTo(Status.REJECTED);
		assertThat(rejected.problems())
			.containsExactly(new Problem(null, null, null, null, "12", "Order rejected: invalid product code"));
	}

	/**
	 * ERC 9321 codes are the partner's own; this sample's ERC+1 with "accepted" text is
	 * read as the error an ERC says, BGM 1225 (9, original) not saying otherwise.
	 */
	@Test
	void anAperakWithAnErcIsReadAsRejectedUnlessBgmSaysAccepted() throws IOException {
		EdiReading reading = read("edifact/aperak/d96a-accepted-syntax3-una.edi");
		// SOURCES.md: UNT declares 8 segments but the message has 7.
		assertThat(reading.problems())
			.extracting(ParseProblem::kind, ParseProblem::segment, ParseProblem::segmentPosition, ParseProblem::element)
			.containsExactly(tuple(ParseProblem.Kind.COUNT_MISMATCH, "UNT", 8, "UNT01"));
		Acknowledgement aperak = AckFixtures.acknowledgements(reading).get(0);
		assertThat(aperak.acknowledgedReference()).isEqualTo("PO123456");
		assertThat(aperak.status()).isEqualTo(Status.REJECTED);
		assertThat(aperak.problems()).extracting(Problem::code, Problem::message)
			.containsExactly(tuple("1", "Message accepted without errors"));
	}

	@Test
	void theBdewContrlRejectsItsInterchangeWithTheSegmentsInError() throws IOException {
		Acknowledgement contrl = acknowledgements("edifact/contrl/syntax3-bdew-generated-placeholders.edi").get(0);
		assertThat(contrl.kind()).isEqualTo(Kind.SYNTAX);
		assertThat(contrl.level()).isEqualTo(Level.INTERCHANGE);
		assertThat(contrl.acknowledgedReference()).isEqualTo("GENERATED00001");
		assertThat(contrl.status()).isEqualTo(Status.REJECTED);
		assertThat(contrl.acknowledged().sender()).isEqualTo("14:X");
		assertThat(contrl.messages()).containsExactly(new MessageStatus("GENERATED00001", "APERAK", Status.REJECTED));
		// Its positions are 'X' placeholders: the codes are read, the positions are not.
		assertThat(contrl.problems()).extracting(Problem::messageReference, Problem::segment, Problem::code)
			.containsExactly(tuple(null, "UNA", "2"), tuple("GENERATED00001", "UNH", "12"),
					tuple("GENERATED00001", null, "13"), tuple("GENERATED00001", null, "13"),
					tuple("GENERATED00001", null, "12"));
	}

	@Test
	void nineNinetySevensAcknowledgeTheirGroupsAndSets() throws IOException {
		Acknowledgement po = acknowledgements("x12/997/4010-po-accepted.edi").get(0);
		assertThat(po.level()).isEqualTo(Level.GROUP);
		assertThat(po.acknowledgedReference()).isEqualTo("214");
		assertThat(po.acknowledged().groupReference()).isEqualTo("214");
		assertThat(po.status()).isEqualTo(Status.ACCEPTED);
		assertThat(po.messages()).containsExactly(new MessageStatus("000000390", "850", Status.ACCEPTED));
		assertThat(acknowledgements("x12/997/4010-three-997s-one-group.edi"))
			.extracting(Acknowledgement::acknowledgedReference)
			.containsExactly("142", "150", "151");
		assertThat(acknowledgements("x12/997/4010-vics-855-ack-nak-terminator-single-line.edi"))
			.extracting(Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple("10001", Status.ACCEPTED));
	}

	@Test
	void aTa1AndARejecting997InOneInterchangeAreTwoAcknowledgements() throws IOException {
		List<Acknowledgement> acks = acknowledgements("x12/997/4010-ta1-plus-997-rejected.edi");
		assertThat(acks)
			.extracting(Acknowledgement::level, Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple(Level.INTERCHANGE, "000484889", Status.REJECTED),
					tuple(Level.GROUP, "1", Status.REJECTED));
		assertThat(acks.get(0).problems()).extracting(Problem::code).containsExactly("015");
		assertThat(acks.get(1).problems()).extracting(Problem::messageReference, Problem::code)
			.containsExactly(tuple("300145997", "3"), tuple("300145997", "7"), tuple(null, "1"));
	}

	@Test
	void rejecting997sNameTheSegmentAndElementInError() throws IOException {
		List<Acknowledgement> acks = acknowledgements("x12/997/5010-rejected-three-interchanges.edi");
		assertThat(acks).hasSize(3).allSatisfy((ack) -> {
			assertThat(ack.status()).isEqualTo(Status.REJECTED);
			assertThat(ack.problems())
				.extracting(Problem::messageReference, Problem::segment, Problem::segmentPosition, Problem::element,
						Problem::code)
				.containsExactly(tuple("0021", "NM1", 8, "NM108", "7"), tuple("0021", null, null, null, "5"));
		});
		assertThat(acks).extracting((ack) -> ack.envelope().source().interchangeReference())
			.containsExactly("000000001", "000000002", "000000003");
	}

	@Test
	void a999PartialAcceptanceNamesEachSetsVerdict() throws IOException {
		Acknowledgement ack = acknowledgements("x12/999/5010x231-partial-acceptance.edi").get(0);
		assertThat(ack.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
		assertThat(ack.acknowledgedReference()).isEqualTo("17456");
		assertThat(ack.messages()).extracting(MessageStatus::reference, MessageStatus::status)
			.containsExactly(tuple("0001", Status.ACCEPTED), tuple("0002", Status.REJECTED),
					tuple("0003", Status.REJECTED));
		assertThat(ack.problems())
			.extracting(Problem::messageReference, Problem::segment, Problem::segmentPosition, Problem::element,
					Problem::code)
			.containsExactly(tuple("0002", "CLM", 22, "CLM02", "1"), tuple("0002", null, null, null, "5"),
					tuple("0003", "REF", 57, null, "3"), tuple("0003", null, null, null, "5"));
	}

	@Test
	void ta1OnlyInterchangesGiveOneAcknowledgementPerTa1() throws IOException {
		assertThat(acknowledgements("x12/ta1/ta1-only-two-acks.edi"))
			.extracting(Acknowledgement::acknowledgedReference, Acknowledgement::status)
			.containsExactly(tuple("0659", Status.ACCEPTED), tuple("0660", Status.ACCEPTED));
	}

	@Test
	void theDryRunShowsAnAcknowledgementAsCanonicalJson() throws IOException {
		read("x12/997/4010-po-accepted.edi");
		byte[] bytes = Files.readAllBytes(CORPUS.resolve("x12/997/4010-po-accepted.edi"));
		io.tradehub.format.dryrun.DryRunResult result = new io.tradehub.format.dryrun.DryRun(Path.of("mappings")).run(
				List.of(new io.tradehub.format.dryrun.DryRun.Input("997.edi", bytes)),
				new io.tradehub.format.dryrun.DryRun.Options(null, null, null));
		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).singleElement()
			.satisfies((document) -> assertThat(io.tradehub.document.CanonicalJson.write(document))
				.contains("\"type\" : \"ACKNOWLEDGEMENT\"", "\"acknowledgedReference\" : \"214\""));
	}

}
