package io.tradehub.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Deadlines;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.HubClient;
import io.tradehub.test.Mailbox.Received;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The X12 thread of DESIGN §3 over mail, end to end: a customer's system mails an 840
 * request for quotation and gets its 997; the supplier answers through the API and the
 * customer finds the 843 in its mailbox; the customer mails an 850 taking up the quote;
 * the supplier confirms the shipment through the API and the customer finds the 856. The
 * customer is known by its ISA identities only (a mutually defined id, the supplier a
 * DUNS number), as X12 partners are.
 */
class X12MailThreadIntegrationTests extends PipelineEndToEndTest {

	static final String CUSTOMER_MAIL = "x12-buyer-e2e@example.com";

	private static final String CUSTOMER_ID = "X12BUYER" + ThreadLocalRandom.current().nextInt(1000, 10000);

	private static final String SUPPLIER_DUNS = Integer
		.toString(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));

	/** The fixtures' companies keep Berlin time; the supplier's deadlines run on it. */
	private static final ZoneId SUPPLIER_ZONE = ZoneId.of("Europe/Berlin");

	private static final String RQ = "RFQ-" + CUSTOMER_ID;

	private static final String PO = "PO-" + CUSTOMER_ID;

	@Test
	void anX12CustomerRequestsByMailGetsTheQuoteOrdersItAndIsToldOfTheShipmentByMail() throws Exception {
		Traders traders = trade("X12 Buyer", new EdiIdentity("ZZ", CUSTOMER_ID), profile("mail-buyer", "X12_4010",
				List.of(Map.of("routeId", "mail-buyer-in", "identity", CUSTOMER_MAIL)), "mail-buyer-out", "SYNTAX"),
				"X12 Mill", new EdiIdentity("DUNS", SUPPLIER_DUNS),
				profile("x12-mill", "JSON", List.of(), null, "NONE"));
		HubClient supplier = traders.supplier();
		supplier
			.send("POST", "/api/v1/catalog/products.csv",
					"sku,gtin,description,unit,base_price,currency\nFLOUR-25,,Bread flour 25 kg,PCE,18.50,USD\n"
							+ "SUGAR-1,036000291452,Cane sugar 1 kg,PCE,2.10,USD\n",
					"text/csv")
			.expect(200);

		// 1. The 840 comes by mail; its 997 goes back by mail; the request waits.
		mail(CUSTOMER_MAIL, X12_THREAD_MAILBOX, "rfq.x12", requestForQuotation());
		assertThat(attachments("x12-ack-", 1).get(0)).contains("ST*997*")
			.contains("AK1*RQ*701~")
			.contains("AK2*840*0001~")
			.contains("AK5*A~");
		JsonNode request = awaitRequest(supplier, "WAITING");
		assertThat(request.at("/view").asText()).isEqualTo("WAITING");
		assertThat(instant(request, "/answerBy")).isCloseTo(
				Deadlines.answerBy(instant(request, "/receivedAt"), SUPPLIER_ZONE, 24), within(1, ChronoUnit.SECONDS));
		String requestId = request.at("/requestDocumentId").asText();

		// 2. The supplier answers through the API, the flour below its catalog price of
		// 18.50;
		// the 843 reaches the customer by mail, and the order later takes up the quoted
		// price.
		HubClient.Response answered = supplier.post("/api/v1/order-requests/" + requestId + "/answer",
				Map.of("lines",
						List.of(Map.of("lineNumber", 1, "available", 10, "unitPrice", usd("17.90")),
								Map.of("lineNumber", 2, "available", 25, "unitPrice", usd("2.10"), "backOrder", 15,
										"availableOn", "2026-12-21")),
						"shippingCharge", usd("35.00"), "message", "The rest of the sugar follows on the 21st"))
			.expect(201);
		String answerNumber = answered.at("/documentNumber");
		String quote = attachments("answer-" + answerNumber, 1).get(0);
		assertThat(quote).contains("*01*" + pad(SUPPLIER_DUNS) + "*ZZ*" + pad(CUSTOMER_ID) + "*")
			.contains("GS*RR*" + SUPPLIER_DUNS + "*" + CUSTOMER_ID + "*")
			.contains("N1*SE*X12 Mill*1*" + SUPPLIER_DUNS + "~")
			.contains("N1*BY*X12 Buyer*ZZ*" + CUSTOMER_ID + "~")
			.contains("ST*843*");
		Answer answer = (Answer) read(quote);
		assertThat(answer.envelope().documentNumber()).isEqualTo(answerNumber);
		assertThat(answer.envelope().answers().documentNumber()).isEqualTo(RQ);
		assertThat(answer.envelope().sender().identity()).isEqualTo("1:" + SUPPLIER_DUNS);
		assertThat(answer.envelope().receiver().identity()).isEqualTo("ZZ:" + CUSTOMER_ID);
		assertThat(answer.shippingCharge().amount()).isEqualByComparingTo("35.00");
		assertThat(answer.message()).isEqualTo("The rest of the sugar follows on the 21st");
		assertThat(answer.lines()).hasSize(2);
		Answer.Line flour = answer.lines().get(0);
		assertThat(flour.product().sku()).isEqualTo("FLOUR-25");
		assertThat(flour.available().value()).isEqualByComparingTo("10");
		assertThat(flour.unitPrice().amount()).isEqualByComparingTo("17.90");
		assertThat(flour.backOrder()).isNull();
		Answer.Line sugar = answer.lines().get(1);
		assertThat(sugar.product().gtin()).as("the product as the customer named it").isEqualTo("036000291452");
		assertThat(sugar.available()).extracting((q) -> q.value().intValue(), (q) -> q.unit())
			.containsExactly(25, "PCE");
		assertThat(sugar.unitPrice().amount()).isEqualByComparingTo("2.10");
		assertThat(sugar.backOrder().value()).isEqualByComparingTo("15");
		assertThat(sugar.availableOn()).isEqualTo(LocalDate.parse("2026-12-21"));
		assertThat(awaitRequest(supplier, "ANSWERED").at("/answerDocumentId").asText())
			.isEqualTo(answered.at("/hubId"));

		// 3. The 850 takes up the quote by mail; the order waits to be shipped.
		mail(CUSTOMER_MAIL, X12_THREAD_MAILBOX, "po.x12", purchaseOrder(answerNumber));
		assertThat(attachments("x12-ack-", 2).get(1)).contains("AK1*PO*702~").contains("AK5*A~");
		JsonNode order = awaitOrder(supplier, "TO_BE_SHIPPED");
		assertThat(order.at("/requestId").asText()).isEqualTo(request.at("/id").asText());
		assertThat(instant(order, "/shipBy"))
			.isEqualTo(Deadlines.shipBy(instant(order, "/receivedAt"), SUPPLIER_ZONE, 2, Set.of()));
		assertThat(order.at("/lines").findValuesAsText("sku")).containsExactly("FLOUR-25", "SUGAR-1");
		assertThat(order.at("/lines/1/ordered").decimalValue()).isEqualByComparingTo("40");
		assertThat(awaitRequest(supplier, "CONVERTED").at("/orderDocumentId").asText())
			.isEqualTo(order.at("/orderDocumentId").asText());
		String orderId = order.at("/orderDocumentId").asText();
		assertThat(supplier.get("/api/v1/documents/" + orderId).expect(200).at("/links/answers"))
			.isEqualTo(answered.at("/hubId"));

		// 4. The supplier confirms the shipment through the API; the 856 reaches the
		// customer by mail.
		HubClient.Response shipped = supplier.post("/api/v1/orders/" + orderId + "/shipments",
				Map.of("lines",
						List.of(Map.of("orderLineNumber", 1, "shipped", 10),
								Map.of("orderLineNumber", 2, "shipped", 40)),
						"shippingCost", usd("35.00"), "trackingNumber", "1Z999AA10123456784", "carrier", "UPS",
						"service", "Ground"))
			.expect(201);
		String asn = attachments("shipment-notice-" + shipped.at("/documentNumber"), 1).get(0);
		assertThat(asn).contains("ST*856*")
			.contains("REF*CN*1Z999AA10123456784~")
			.contains("TD5**ZZ*UPS**Ground~")
			.contains("PRF*" + PO + "~");
		ShipmentNotice notice = (ShipmentNotice) read(asn);
		assertThat(notice.trackingNumber()).isEqualTo("1Z999AA10123456784");
		assertThat(notice.envelope().receiver().identity()).isEqualTo("ZZ:" + CUSTOMER_ID);
		assertThat(notice.lines())
			.extracting(ShipmentNotice.Line::orderNumber, ShipmentNotice.Line::orderLineNumber,
					(line) -> line.shipped().value().intValue())
			.containsExactly(tuple(PO, 1, 10), tuple(PO, 2, 40));
		assertThat(awaitOrder(supplier, "SHIPPED").at("/view").asText()).isEqualTo("SHIPPED_RECENTLY");

		// 5. The thread runs 840 → 843 → 850 → 856, for either partner.
		for (HubClient side : List.of(supplier, traders.customer())) {
			JsonNode thread = side.get("/api/v1/documents/" + orderId + "/thread").expect(200).json();
			assertThat(thread.findValuesAsText("type")).containsExactly("ORDER_REQUEST", "ANSWER", "ORDER",
					"SHIPMENT_NOTICE");
			assertThat(thread.findValuesAsText("documentNumber")).containsExactly(RQ, answerNumber, PO,
					shipped.at("/documentNumber"));
		}
	}

	private static Instant instant(JsonNode node, String pointer) {
		return Instant.parse(node.at(pointer).asText());
	}

	private static JsonNode awaitRequest(HubClient client, String status) {
		return awaitOne(client, "/api/v1/requests?number=" + RQ, status);
	}

	private static JsonNode awaitOrder(HubClient client, String status) {
		return awaitOne(client, "/api/v1/orders?number=" + PO, status);
	}

	private static JsonNode awaitOne(HubClient client, String path, String status) {
		return await().atMost(WAIT)
			.until(() -> client.get(path).expect(200).json().at("/items/0"),
					(item) -> status.equals(item.at("/status").asText()));
	}

	/**
	 * The contents of the attachments whose name starts so, in the order the customer got
	 * them, once there are at least {@code count}.
	 */
	private List<String> attachments(String prefix, int count) {
		return await().atMost(WAIT).until(() -> {
			List<String> found = new ArrayList<>();
			for (Received mail : mailbox(CUSTOMER_MAIL).all()) {
				Multipart parts = (Multipart) mail.message().getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					Part part = parts.getBodyPart(i);
					if (part.getFileName() != null && part.getFileName().startsWith(prefix)) {
						found.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
					}
				}
			}
			return found;
		}, (found) -> found.size() >= count);
	}

	/**
	 * Reads an interchange of one transaction set back, as the customer's system does.
	 */
	private static CanonicalDocument read(String x12) {
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		MappedMessage mapped = new X12Mapper(X12Context.of("mail")).map(reading.interchanges().get(0),
				reading.messages().get(0));
		assertThat(mapped.problems()).isEmpty();
		return mapped.document();
	}

	private static Map<String, Object> usd(String amount) {
		return Map.of("amount", amount, "currency", "USD");
	}

	private static String requestForQuotation() {
		return envelope("RQ", "701", "ST*840*0001~\nBQT*00*" + RQ + "*20261201~\nN1*BY*X12 Buyer~\nN1*SE*X12 Mill~\n"
				+ "PO1*1*10*EA*****VN*FLOUR-25~\nPO1*2*40*EA*****UP*036000291452~\nCTT*2~\nSE*8*0001~\n");
	}

	private static String purchaseOrder(String quote) {
		return envelope("PO", "702",
				"ST*850*0001~\nBEG*00*SA*" + PO + "**20261202~\nCUR*BY*USD~\nREF*PR*" + quote + "~\n"
						+ "N1*BY*X12 Buyer~\nN1*SE*X12 Mill~\nPO1*1*10*EA*17.90*PE*VN*FLOUR-25~\n"
						+ "PO1*2*40*EA*2.10*PE*VN*SUGAR-1~\nCTT*2~\nSE*10*0001~\n");
	}

	/** One transaction set in an interchange from the customer to the supplier. */
	private static String envelope(String group, String control, String set) {
		String interchange = "%09d".formatted(Integer.parseInt(control));
		return "ISA*00*          *00*          *ZZ*" + pad(CUSTOMER_ID) + "*01*" + pad(SUPPLIER_DUNS)
				+ "*261201*0900*U*00401*" + interchange + "*0*P*>~\nGS*" + group + "*" + CUSTOMER_ID + "*"
				+ SUPPLIER_DUNS + "*20261201*0900*" + control + "*X*004010~\n" + set + "GE*1*" + control + "~\nIEA*1*"
				+ interchange + "~\n";
	}

	private static String pad(String id) {
		return "%-15s".formatted(id);
	}

}
