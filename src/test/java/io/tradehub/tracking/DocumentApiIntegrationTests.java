package io.tradehub.tracking;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.DocumentType;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partners follow their documents over REST: each sees its own (sender or receiver), the
 * raw input only where it came from, and another company sees nothing at all.
 */
class DocumentApiIntegrationTests extends HubIntegrationTest {

	private static final byte[] RAW = "UNB+UNOC:3+4012345000016:14+4012345000009:14'".getBytes(StandardCharsets.UTF_8);

	@Autowired
	private Receipts receipts;

	@Autowired
	private Interchanges interchanges;

	@Autowired
	private Documents documents;

	@Test
	void partnersSeeTheirDocumentsAndOthersSeeNothing() {
		TestCompany supplier = this.fixtures.supplier("Tracked Supplier");
		TestCompany customer = this.fixtures.customer("Tracked Customer");
		TestCompany intruder = this.fixtures.customer("Curious Customer");
		UUID order = failedOrder(customer, supplier, "PO-" + UUID.randomUUID());
		HubClient asSupplier = login(supplier);
		HubClient asCustomer = login(customer);
		HubClient asIntruder = login(intruder);

		HubClient.Response detail = asSupplier.get("/api/v1/documents/" + order).expect(200);
		assertThat(detail.at("/document/status")).isEqualTo("FAILED");
		assertThat(detail.at("/document/direction")).isEqualTo("RECEIVED");
		assertThat(detail.at("/document/partnerId")).isEqualTo(customer.id().toString());
		assertThat(detail.at("/canonical/type")).isEqualTo("ORDER");
		assertThat(detail.at("/output/name")).isEqualTo("order.edi");
		assertThat(detail.json().get("changes")).extracting(change -> change.get("to").asText())
			.containsExactly("ACCEPTED", "ROUTED", "FAILED");

		HubClient.Response raw = asCustomer.get("/api/v1/documents/" + order + "/raw").expect(200);
		assertThat(raw.bytes()).isEqualTo(RAW);
		assertThat(raw.header("Content-Type")).startsWithIgnoringCase("application/EDIFACT");
		assertThat(raw.header("Content-Disposition")).contains("orders.edi");
		asSupplier.get("/api/v1/documents/" + order + "/raw").expect(404);
		assertThat(asSupplier.get("/api/v1/documents/" + order + "/output").expect(200).bytes())
			.isEqualTo("UNB'".getBytes(StandardCharsets.UTF_8));

		for (String path : List.of("", "/raw", "/output", "/thread")) {
			asIntruder.get("/api/v1/documents/" + order + path).expect(404);
		}
		asIntruder.post("/api/v1/documents/" + order + "/replay").expect(404);
		assertThat(asIntruder.get("/api/v1/documents").json().get("items")).isEmpty();

		String replay = asSupplier.post("/api/v1/documents/" + order + "/replay").expect(202).at("/id");
		assertThat(asCustomer.get("/api/v1/documents/" + replay).expect(200).at("/links/replayOf"))
			.isEqualTo(order.toString());
		assertThat(asCustomer.post("/api/v1/documents/" + order + "/replay").expect(409).at("/detail"))
			.contains(replay);
		assertThat(asCustomer.post("/api/v1/documents/" + replay + "/replay").expect(409).at("/currentState"))
			.isEqualTo("ROUTED");
	}

	@Test
	void searchFiltersByPartnerTypeStatusNumberAndTime() {
		TestCompany supplier = this.fixtures.supplier("Searched Supplier");
		TestCompany customer = this.fixtures.customer("Searching Customer");
		TestCompany other = this.fixtures.supplier("Other Supplier");
		String number = "PO-" + UUID.randomUUID();
		UUID failed = failedOrder(customer, supplier, number);
		UUID elsewhere = failedOrder(customer, other, "PO-" + UUID.randomUUID());
		UUID request = accept(customer, supplier, DocumentType.ORDER_REQUEST, null);
		HubClient asCustomer = login(customer);

		assertThat(ids(asCustomer, "")).containsExactly(request.toString(), elsewhere.toString(), failed.toString());
		assertThat(ids(asCustomer, "?partner=" + supplier.id())).containsExactly(request.toString(), failed.toString());
		assertThat(ids(asCustomer, "?type=ORDER&status=FAILED")).containsExactly(elsewhere.toString(),
				failed.toString());
		assertThat(ids(asCustomer, "?number=" + number)).containsExactly(failed.toString());
		assertThat(ids(asCustomer, "?status=ACCEPTED")).containsExactly(request.toString());
		assertThat(ids(asCustomer, "?from=" + this.clock.instant().plusSeconds(60))).isEmpty();
		assertThat(ids(asCustomer, "?to=" + this.clock.instant().plusSeconds(60))).hasSize(3);
		HubClient.Response page = asCustomer.get("/api/v1/documents?size=2&page=1").expect(200);
		assertThat(page.at("/total")).isEqualTo("3");
		assertThat(page.json().get("items")).hasSize(1);
		assertThat(asCustomer.get("/api/v1/documents?size=0").expect(400).json().findValuesAsText("field"))
			.contains("size");
		assertThat(ids(login(other), "")).containsExactly(elsewhere.toString());
	}

	@Test
	void aThreadFollowsAnswersBothWays() {
		TestCompany supplier = this.fixtures.supplier("Threaded Supplier");
		TestCompany customer = this.fixtures.customer("Threaded Customer");
		UUID request = accept(customer, supplier, DocumentType.ORDER_REQUEST, null);
		UUID answer = accept(supplier, customer, DocumentType.ANSWER, request);
		UUID order = accept(customer, supplier, DocumentType.ORDER, answer);
		UUID shipment = accept(supplier, customer, DocumentType.SHIPMENT_NOTICE, order);
		UUID unrelated = accept(customer, supplier, DocumentType.ORDER, null);
		HubClient asSupplier = login(supplier);

		List<String> expected = List.of(request.toString(), answer.toString(), order.toString(), shipment.toString());
		for (UUID from : List.of(request, order, shipment)) {
			assertThat(
					asSupplier.get("/api/v1/documents/" + from + "/thread").expect(200).json().findValuesAsText("id"))
				.containsExactlyElementsOf(expected);
		}
		HubClient.Response detail = asSupplier.get("/api/v1/documents/" + order).expect(200);
		assertThat(detail.at("/links/answers")).isEqualTo(answer.toString());
		assertThat(detail.json().at("/links/answeredBy").get(0).asText()).isEqualTo(shipment.toString());
		assertThat(asSupplier.get("/api/v1/documents/" + unrelated + "/thread").expect(200).json()).hasSize(1);
	}

	private UUID failedOrder(TestCompany customer, TestCompany supplier, String number) {
		UUID receipt = this.receipts
			.receive(new Inbound("customer-sftp-inbound", "sftp", "customer", "customer", "orders.edi", RAW));
		this.receipts.read(receipt, "EDIFACT D96A");
		UUID interchange = ((Registration.Registered) this.interchanges.register(receipt, customer.id(),
				UUID.randomUUID().toString().substring(0, 14)))
			.interchangeId();
		UUID id = this.documents.accept(NewDocument.read(receipt, interchange,
				TrackedDocuments.document(DocumentType.ORDER, customer.id(), supplier.id(), number, null)));
		this.documents.routed(id, new Output("order.edi", "EDIFACT D96A", "supplier-sftp-outbound", "1",
				"UNB'".getBytes(StandardCharsets.UTF_8)));
		this.documents.failed(id, "The supplier's SFTP server refused the login.");
		return id;
	}

	private UUID accept(TestCompany sender, TestCompany receiver, DocumentType type, UUID answers) {
		UUID receipt = this.receipts.receive(new Inbound("http", "http", null, null, "in.json", RAW));
		return this.documents.accept(NewDocument.read(receipt, null,
				TrackedDocuments.document(type, sender.id(), receiver.id(), "N-" + UUID.randomUUID(), answers)));
	}

	private static List<String> ids(HubClient client, String query) {
		return client.get("/api/v1/documents" + query).expect(200).json().get("items").findValuesAsText("id");
	}

	private HubClient login(TestCompany company) {
		return anonymous().login(company.email(), company.password());
	}

}
