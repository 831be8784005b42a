package io.tradehub.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.format.conversion.FileProblem;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.PartnerRole;
import io.tradehub.partner.PartnerView;
import io.tradehub.tracking.ReceiptStatus;
import io.tradehub.tracking.ReceiptView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a CSV, XML or JSON sender reads in its application acknowledgement: every document
 * with its verdict, every refusal with its reason.
 */
class FileAcknowledgementTests {

	private static final PartnerView SENDER = new PartnerView(UUID.randomUUID(), "Corner Cafe", PartnerRole.CUSTOMER,
			ZoneId.of("Europe/Paris"), Locale.FRENCH, List.of(), null);

	private static final ReceiptView RECEIPT = new ReceiptView(UUID.randomUUID(), "http", "http", "corner-cafe", "ERP",
			null, "orders.json", 10, "00", Instant.now(), ReceiptStatus.RECEIVED, null, null, null, null, null);

	private static final ConnectionState CONNECTION = new ConnectionState(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), ConnectionStatus.ACTIVE, true);

	@Test
	void oneAcceptedAndOneRefusedDocumentArePartlyAcceptedWithTheReason() {
		Acknowledgement ack = FileAcknowledgement.of(RECEIPT,
				List.of(new Verdict.Accepted(response("OR-1"), SENDER, CONNECTION),
						new Verdict.Refused(response("OR-2"), null, "The document is addressed to nobody")),
				List.of(), SENDER);

		assertThat(ack.kind()).isEqualTo(Acknowledgement.Kind.APPLICATION);
		assertThat(ack.status()).isEqualTo(Status.PARTIALLY_ACCEPTED);
		assertThat(ack.acknowledgedReference()).isEqualTo("orders.json");
		assertThat(ack.messages())
			.extracting(Acknowledgement.MessageStatus::reference, Acknowledgement.MessageStatus::status)
			.containsExactly(tuple("OR-1", Status.ACCEPTED), tuple("OR-2", Status.REJECTED));
		assertThat(ack.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageReference()).isEqualTo("OR-2");
			assertThat(problem.message()).isEqualTo("The document is addressed to nobody");
		});
		assertThat(ack.envelope().receiver().companyId()).isEqualTo(SENDER.companyId());
		assertThat(CanonicalJson.readUnchecked(CanonicalJson.write(ack))).isEqualTo(ack);
	}

	@Test
	void anUnreadableFileIsRejectedWithWhereAndWhy() {
		Acknowledgement ack = FileAcknowledgement.of(RECEIPT, List.of(),
				List.of(new FileProblem("CSV", null, null, 3, 2, "QUANTITY", "'many' is not a number")), SENDER);

		assertThat(ack.status()).isEqualTo(Status.REJECTED);
		assertThat(ack.messages()).isEmpty();
		assertThat(ack.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.element()).isEqualTo("QUANTITY");
			assertThat(problem.code()).isEqualTo("CSV");
			assertThat(problem.message()).isEqualTo("'many' is not a number (line 3)");
		});
	}

	@Test
	void aFileWithoutDocumentsIsRejectedSayingSo() {
		Acknowledgement ack = FileAcknowledgement.of(RECEIPT, List.of(), List.of(), SENDER);

		assertThat(ack.status()).isEqualTo(Status.REJECTED);
		assertThat(ack.problems()).extracting(Acknowledgement.Problem::message)
			.containsExactly("The file holds no document");
	}

	private static CanonicalDocument response(String number) {
		return CanonicalJson.readUnchecked("""
				{
				  "type": "ORDER_RESPONSE",
				  "envelope": {
				    "hubId": "%s",
				    "sender": { "identity": "14:4012345000009" },
				    "receiver": { "identity": "14:4012345000016" },
				    "documentNumber": "%s",
				    "answers": { "type": "ORDER", "documentNumber": "PO-1" }
				  },
				  "action": "CHANGED",
				  "lines": [ {
				    "lineNumber": 1,
				    "product": { "gtin": "4012345654321" },
				    "action": "CHANGED",
				    "quantity": { "value": 2, "unit": "KGM" }
				  } ]
				}
				""".formatted(UUID.randomUUID(), number));
	}

}
