package io.tradehub.document.print;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier's shipping staff print through the API of the running hub: the picking list
 * of an order its customer placed, with the catalog's descriptions and what is left to
 * pick after a shipment, and the packing slips of the shipments it confirmed; nobody else
 * gets them.
 */
class PrintIntegrationTests extends HubIntegrationTest {

	@Test
	void aSupplierPrintsThePickingListAndPackingSlipsOfAnOrderAndNobodyElseCan() throws IOException {
		TestCompany supplier = this.fixtures.supplier("Print Dairy");
		TestCompany customer = this.fixtures.customer("Print Bistro");
		HubClient supplierClient = login(supplier);
		HubClient customerClient = login(customer);
		customerClient.connectActive(supplierClient, supplier.id());
		product(supplierClient, "CHE-ALP-250", "4012345123456", "Alpine cheese 250 g", "PCE");
		product(supplierClient, "BUT-1000", null, "Sweet cream butter", "KGM");
		String order = customerClient.post("/api/v1/orders", order(supplier)).expect(201).at("/hubId");
		String number = supplierClient.get("/api/v1/documents/" + order).expect(200).at("/document/documentNumber");
		String first = supplierClient
			.post("/api/v1/orders/" + order + "/shipments",
					shipment(1, "10", "de", "1Z999AA10123456784", "Schöne Grüße, 5 € Rabatt"))
			.expect(201)
			.at("/hubId");

		String list = text(supplierClient.get("/api/v1/orders/" + order + "/picking-list.pdf"), "api-picking-list.png");
		assertThat(list).contains("Picking list", number, "Print Bistro", "Ship by", "(Europe/Berlin)", "Torstraße 12");
		assertThat(list).containsPattern("1 CHE-ALP-250 4012345123456 Alpine cheese 250 g\\s+24 10 14 pcs")
			.containsPattern("2 BUT-1000 Sweet cream butter\\s+6.5 0 6.5 kg");
		assertThat(text(supplierClient.get("/api/v1/orders/" + order + "/picking-list.pdf?lang=de"), null))
			.contains("Kommissionierliste", "Zu kommissionieren")
			.containsPattern("6,5 0 6,5 kg");
		assertThat(supplierClient.get("/api/v1/orders/" + order + "/picking-list.pdf?lang=fr").expect(400).body())
			.contains("lang");

		Response slip = supplierClient.get("/api/v1/shipments/" + first + "/packing-slip.pdf");
		assertThat(slip.header("Content-Disposition")).startsWith("inline").contains("packing-slip-SHP-");
		assertThat(text(slip, "api-packing-slip.png"))
			.contains("Lieferschein", number, "1Z999AA10123456784", "UPS Express", "Schöne Grüße, 5 € Rabatt")
			.containsPattern("1 CHE-ALP-250 4012345123456 Alpine cheese 250 g\\s+10 Stk.");

		supplierClient
			.post("/api/v1/orders/" + order + "/shipments", shipment(2, "6.5", null, "JJD000390007", "Rest of it"))
			.expect(201);
		try (PDDocument slips = pdf(supplierClient.get("/api/v1/orders/" + order + "/packing-slips.pdf"))) {
			assertThat(slips.getNumberOfPages()).isEqualTo(2);
			assertThat(PdfText.page(slips, 1)).contains("Lieferschein", "1Z999AA10123456784");
			assertThat(PdfText.page(slips, 2)).contains("Packing slip", "JJD000390007", "Sweet cream butter");
		}

		HubClient stranger = login(this.fixtures.supplier("Print Stranger"));
		stranger.get("/api/v1/orders/" + order + "/picking-list.pdf").expect(404);
		stranger.get("/api/v1/shipments/" + first + "/packing-slip.pdf").expect(404);
		stranger.get("/api/v1/orders/" + order + "/packing-slips.pdf").expect(404);
		customerClient.get("/api/v1/orders/" + order + "/picking-list.pdf").expect(404);
		HubClient ordersOnly = HubClient.system(this.port, token(supplierClient, "ORDERS"));
		ordersOnly.get("/api/v1/orders/" + order + "/picking-list.pdf").expect(403);
		ordersOnly.get("/api/v1/shipments/" + first + "/packing-slip.pdf").expect(403);
		HubClient.system(this.port, token(supplierClient, "SHIPPING"))
			.get("/api/v1/shipments/" + first + "/packing-slip.pdf")
			.expect(200);
	}

	private HubClient login(TestCompany company) {
		return new HubClient(this.port).login(company.email(), company.password());
	}

	private static void product(HubClient supplier, String sku, String gtin, String description, String unit) {
		Map<String, Object> form = new java.util.HashMap<>(
				Map.of("description", description, "unit", unit, "basePrice", 4.85, "currency", "EUR"));
		if (gtin != null) {
			form.put("gtin", gtin);
		}
		supplier.put("/api/v1/catalog/products/" + sku, form).expect(200);
	}

	private static Map<String, Object> order(TestCompany supplier) {
		return Map.of("supplierId", supplier.id(), "lines",
				List.of(Map.of("sku", "CHE-ALP-250", "quantity", 24, "unit", "PCE"),
						Map.of("sku", "BUT-1000", "quantity", 6.5, "unit", "KGM")),
				"shipTo", Map.of("name", "Print Bistro, kitchen", "street", "Torstraße 12", "postalCode", "10119",
						"city", "Berlin", "country", "DE"));
	}

	private static Map<String, Object> shipment(int line, String shipped, String language, String tracking,
			String message) {
		Map<String, Object> form = new java.util.HashMap<>(
				Map.of("lines", List.of(Map.of("orderLineNumber", line, "shipped", shipped)), "trackingNumber",
						tracking, "carrier", "UPS", "service", "Express", "message", message));
		if (language != null) {
			form.put("packingSlipLanguage", language);
		}
		return form;
	}

	private static String token(HubClient client, String privilege) {
		return client.post("/api/v1/api-tokens", Map.of("name", "Print " + privilege, "privileges", List.of(privilege)))
			.expect(201)
			.at("/secret");
	}

	private static PDDocument pdf(Response response) throws IOException {
		response.expect(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
		return Loader.loadPDF(response.bytes());
	}

	private static String text(Response response, String png) throws IOException {
		try (PDDocument document = pdf(response)) {
			return PdfText.of(document, png);
		}
	}

}
