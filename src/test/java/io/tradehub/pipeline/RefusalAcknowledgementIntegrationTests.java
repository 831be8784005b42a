package io.tradehub.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.lifecycle.ExpirySweeper;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ack.EdifactAckReader;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6's refusals through the whole hub on real folders: partners drop their files,
 * the rules refuse them, and each sender finds the reason in its own acknowledgement, in
 * its own standard, which the test reads back as a partner's system would. EANCOM senders
 * asking for application acknowledgements read it in an APERAK (ERC {@code REFUSED},
 * FTX+AAO); an X12 customer asking only for syntax acknowledgements finds its set
 * rejected in the 997 and the words in an 824. Each refused document keeps its raw file
 * and is tracked REFUSED with the same reason.
 */
class RefusalAcknowledgementIntegrationTests extends HubIntegrationTest {

	private static final Path ROOT = TestFiles.temporaryDirectory("tradehub-refusals");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** The supplier, with a catalog; EANCOM, APERAKs. */
	private static final Partner SUPPLIER = new Partner("refuse-alpine", Fixtures.gln());

	/** A customer trading actively, that may not see SKU-2 and pays 10 % more; EANCOM. */
	private static final Partner DELI = new Partner("refuse-deli", Fixtures.gln());

	/** A customer whose connection the supplier deactivated; EANCOM, CONTRLs. */
	private static final Partner KIOSK = new Partner("refuse-kiosk", Fixtures.gln());

	/** A customer that may not order through the hub; X12, syntax acknowledgements. */
	private static final Partner DINER = new Partner("refuse-diner", Fixtures.gln());

	private static final Map<Partner, HubClient> sessions = new java.util.HashMap<>();

	private static final String SUPPLIER_NAME = "Refuse Alpine Foods";

	@Autowired
	ExpirySweeper sweeper;

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		Path routes = ROOT.resolve("routes");
		for (Partner partner : List.of(SUPPLIER, DELI, KIOSK, DINER)) {
			String key = partner.key();
			TestRoutes.write(routes, key + ".file-inbound", "file-inbound", key + "-file-in",
					Map.of("partner", key, "folder", inbox(partner).toString(), "delay", "100"));
			TestRoutes.write(routes, key + ".file-outbound", "file-outbound", key + "-file-out",
					Map.of("folder", outbox(partner).toString()));
		}
		registry.add("tradehub.routes", routes::toString);
	}

	@BeforeEach
	void partners() {
		if (!sessions.isEmpty()) {
			return;
		}
		HubClient supplier = partner(SUPPLIER, SUPPLIER_NAME, CompanyRole.SUPPLIER, "EDIFACT_D96A", "APPLICATION");
		supplier
			.send("POST", "/api/v1/catalog/products.csv",
					"sku,gtin,description,unit,base_price,currency\nSKU-1,,Alpine cheese,PCE,4.00,EUR\n"
							+ "SKU-2,,Goat cheese,PCE,6.00,EUR\n",
					"text/csv")
			.expect(200);
		HubClient deli = partner(DELI, "Refuse Deli", CompanyRole.CUSTOMER, "EDIFACT_D96A", "APPLICATION");
		settings(supplier, deli.connectActive(supplier, supplierId(supplier)), Map.of("markupPercent", 10, "visibility",
				"DENY_LIST", "products", List.of("SKU-2"), "orderCreationAllowed", true));
		HubClient kiosk = partner(KIOSK, "Refuse Kiosk", CompanyRole.CUSTOMER, "EDIFACT_D96A", "SYNTAX");
		String kioskConnection = kiosk.connectActive(supplier, supplierId(supplier));
		supplier.post("/api/v1/connections/" + kioskConnection + "/deactivate", Map.of("reason", "Unpaid invoices"))
			.expect(200);
		HubClient diner = partner(DINER, "Refuse Diner", CompanyRole.CUSTOMER, "X12_4010", "SYNTAX");
		settings(supplier, diner.connectActive(supplier, supplierId(supplier)),
				Map.of("markupPercent", 0, "visibility", "ALL", "orderCreationAllowed", false));
		sessions.put(SUPPLIER, supplier);
		sessions.put(DELI, deli);
		sessions.put(KIOSK, kiosk);
		sessions.put(DINER, diner);
	}

	/**
	 * The kiosk asks for syntax acknowledgements only, and its interchange is well
	 * formed, so its CONTRL accepts it; but a CONTRL has no words, and the kiosk would
	 * never learn its order went nowhere. A refusal always says why (DESIGN §4): an
	 * APERAK for the refused order follows the CONTRL.
	 */
	@Test
	void anOrderOverADeactivatedConnectionIsRefusedInAnAperakBesideTheCustomersContrl() {
		String number = number("PO");
		String file = interchange(KIOSK.gln(), SUPPLIER.gln(), "K1",
				orders(number, KIOSK.gln(), SUPPLIER.gln(), line(1, "SKU-1", "3", null)));
		drop(KIOSK, "po-k1.edi", file);

		String contrl = TestFiles.read(TestFiles.awaitFile(outbox(KIOSK), "contrl-K1-"));
		assertThat(contrl).contains("UCI+K1+" + KIOSK.gln() + ":14+" + SUPPLIER.gln() + ":14+7'");
		String reason = "Refuse Kiosk and " + SUPPLIER_NAME
				+ " do not trade on the hub: their connection is DEACTIVATED, not ACTIVE";
		assertRefusedToSender(KIOSK, "K1", number, reason, file);
	}

	@Test
	void anOrderLineForAHiddenProductIsRefusedInTheCustomersAperakNamingTheLine() {
		String number = number("PO");
		String file = interchange(DELI.gln(), SUPPLIER.gln(), "D2",
				orders(number, DELI.gln(), SUPPLIER.gln(), line(1, "SKU-1", "3", null), line(2, "SKU-2", "1", null)));
		drop(DELI, "po-d2.edi", file);

		String reason = "Line 2: product SKU-2 is not available to you";
		assertRefusedToSender(DELI, "D2", number, reason, file);
		assertThat(TestFiles.files(outbox(SUPPLIER), "order-" + number)).isEmpty();
	}

	/**
	 * The diner asks for syntax acknowledgements only, and its 850 is well formed; but a
	 * 997 accepting it would tell the diner's system its order is on its way. So the 997
	 * rejects the set, and as a 997 carries codes and no words, an 824 follows with the
	 * reason the diner can act on (DESIGN §4: a rejection always says why).
	 */
	@Test
	void anOrderWhereOrderCreationIsOffIsRejectedInTheCustomers997AndExplainedInAn824() {
		String number = number("PO");
		String file = x12Order(DINER.gln(), SUPPLIER.gln(), 301, number);
		drop(DINER, "po-301.x12", file);

		Path ack = TestFiles.awaitFile(outbox(DINER), "x12-ack-000000301-");
		Acknowledgement functional = x12Acknowledgement(ack);
		assertThat(functional.status()).isEqualTo(Status.REJECTED);
		assertThat(functional.messages())
			.extracting(Acknowledgement.MessageStatus::reference, Acknowledgement.MessageStatus::type,
					Acknowledgement.MessageStatus::status)
			.containsExactly(tuple("0001", "850", Status.REJECTED));
		String reason = SUPPLIER_NAME + " does not allow Refuse Diner to create order requests and orders on this"
				+ " connection";
		List<List<String>> advice = adviceReasons(TestFiles.awaitFile(outbox(DINER), "advice-000000301-"));
		assertThat(advice).containsExactly(List.of(number, "301", "0001", "850", reason));
		assertTrackedRefused(DINER, number, reason, file);
	}

	@Test
	void anOrderLineWithAnotherPriceIsRefusedInTheCustomersAperakNamingLineAndBothPrices() {
		String number = number("PO");
		String file = interchange(DELI.gln(), SUPPLIER.gln(), "D4",
				orders(number, DELI.gln(), SUPPLIER.gln(), line(1, "SKU-1", "3", "4.00")));
		drop(DELI, "po-d4.edi", file);

		String reason = "Line 1: the unit price of product SKU-1 is 4.00 EUR, but your price for 3 PCE is 4.40 EUR";
		assertRefusedToSender(DELI, "D4", number, reason, file);
	}

	@Test
	void anAnswerAfterTheRequestExpiredIsRefusedInTheSuppliersAperak() {
		String request = number("RQ");
		drop(DELI, "rq-d5.edi", interchange(DELI.gln(), SUPPLIER.gln(), "D5", reqote(request)));
		JsonNode waiting = awaitOne(SUPPLIER, "/api/v1/requests?number=" + request);
		this.clock.advance(Duration.ofHours(25));
		assertThat(this.sweeper.expire()).isPositive();
		assertThat(
				sessions.get(SUPPLIER).get("/api/v1/requests/" + waiting.at("/id").asText()).expect(200).at("/status"))
			.isEqualTo("EXPIRED");

		String answer = number("Q");
		String file = interchange(SUPPLIER.gln(), DELI.gln(), "S5", quotes(answer, request));
		drop(SUPPLIER, "q-s5.edi", file);

		String reason = "Request " + request + " expired at "
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(Instant.parse(waiting.at("/answerBy").asText()).atZone(BERLIN))
				+ " Europe/Berlin; it can no longer be answered";
		assertRefusedToSender(SUPPLIER, "S5", answer, reason, file);
		assertThat(TestFiles.files(outbox(DELI), "answer-" + answer)).isEmpty();
	}

	@Test
	void aShipmentBeyondTheOrderedQuantityIsRefusedInTheSuppliersAperakNamingLineAndQuantities() {
		String order = number("PO");
		drop(DELI, "po-d6.edi", interchange(DELI.gln(), SUPPLIER.gln(), "D6",
				orders(order, DELI.gln(), SUPPLIER.gln(), line(1, "SKU-1", "3", null))));
		awaitOne(SUPPLIER, "/api/v1/orders?number=" + order);

		String shipment = number("DN");
		String file = interchange(SUPPLIER.gln(), DELI.gln(), "S6", desadv(shipment, order, "5"));
		drop(SUPPLIER, "dn-s6.edi", file);

		String reason = "Line 1 of order " + order + ": 5 shipped in all, 3 ordered";
		assertRefusedToSender(SUPPLIER, "S6", shipment, reason, file);
		assertThat(awaitOne(SUPPLIER, "/api/v1/orders?number=" + order).at("/status").asText())
			.isEqualTo("TO_BE_SHIPPED");
	}

	private static void assertRefusedToSender(Partner sender, String reference, String number, String reason,
			String file) {
		assertRefusedInAperak(sender, reference, number, reason);
		assertTrackedRefused(sender, number, reason, file);
	}

	/**
	 * Reads the APERAK interchange answering the sender's interchange as the sender's
	 * system would, and finds the document refused with the reason.
	 */
	private static void assertRefusedInAperak(Partner sender, String reference, String number, String reason) {
		Path file = TestFiles.awaitFile(outbox(sender), "aperak-" + reference + "-");
		EdiReading reading = new EdiReader()
			.read(new ByteArrayInputStream(TestFiles.read(file).getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		Interchange aperaks = reading.interchanges().get(0);
		EdifactAckReader reader = new EdifactAckReader(UUID::randomUUID, Clock.systemUTC());
		List<Acknowledgement> answers = aperaks.messages()
			.stream()
			.map((message) -> (Acknowledgement) reader.read(aperaks, message, "test").document())
			.toList();
		assertThat(answers).singleElement().satisfies((aperak) -> {
			assertThat(aperak.acknowledgedReference()).isEqualTo(number);
			assertThat(aperak.status()).isEqualTo(Status.REJECTED);
			assertThat(aperak.problems()).extracting(Problem::code, Problem::message)
				.containsExactly(tuple("REFUSED", reason));
		});
	}

	/**
	 * The sender finds the document tracked REFUSED with the reason its acknowledgement
	 * gave, and its raw file kept as it sent it.
	 */
	private static void assertTrackedRefused(Partner sender, String number, String reason, String file) {
		HubClient session = sessions.get(sender);
		JsonNode document = awaitOne(sender, "/api/v1/documents?number=" + number);
		assertThat(document.at("/status").asText()).isEqualTo("REFUSED");
		assertThat(document.at("/reason").asText()).isEqualTo(reason);
		assertThat(session.get("/api/v1/documents/" + document.at("/id").asText() + "/raw").expect(200).bytes())
			.isEqualTo(file.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Acknowledgement x12Acknowledgement(Path file) {
		EdiReading reading = new EdiReader()
			.read(new ByteArrayInputStream(TestFiles.read(file).getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		Interchange interchange = reading.interchanges().get(0);
		X12Mapper mapper = new X12Mapper(
				new X12Context("test", java.util.Currency.getInstance("EUR"), Clock.systemUTC(), UUID::randomUUID));
		return (Acknowledgement) mapper.map(interchange, interchange.messages().get(0)).document();
	}

	/**
	 * Per OTI of the 824: the document's number, its GS06, ST02 and ST01, and the reason
	 * its NTE segments spell out.
	 */
	private static List<List<String>> adviceReasons(Path file) {
		EdiReading reading = new EdiReader()
			.read(new ByteArrayInputStream(TestFiles.read(file).getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(reading.problems()).isEmpty();
		List<List<String>> refusals = new ArrayList<>();
		List<StringBuilder> reasons = new ArrayList<>();
		for (EdiSegment segment : reading.interchanges().get(0).messages().get(0).segments()) {
			switch (segment.tag()) {
				case "OTI" -> {
					assertThat(segment.value(1)).isEqualTo("TR");
					refusals.add(new ArrayList<>(
							List.of(segment.value(3), segment.value(8), segment.value(9), segment.value(10))));
					reasons.add(new StringBuilder());
				}
				case "TED" -> assertThat(segment.value(1)).isEqualTo("ZZZ");
				case "NTE" -> reasons.get(reasons.size() - 1).append(segment.value(2));
				default -> {
				}
			}
		}
		for (int i = 0; i < refusals.size(); i++) {
			refusals.get(i).add(reasons.get(i).toString());
		}
		return refusals;
	}

	private static JsonNode awaitOne(Partner partner, String path) {
		HubClient session = sessions.get(partner);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(session.get(path).expect(200).json().get("items")).hasSize(1));
		return session.get(path).expect(200).json().get("items").get(0);
	}

	private HubClient partner(Partner partner, String name, CompanyRole role, String format, String level) {
		String key = partner.key();
		TestCompany company = this.fixtures.company(name, role, "en", List.of(new EdiIdentity("GLN", partner.gln())));
		HubClient session = new HubClient(this.port).login(company.email(), company.password());
		session.put("/api/v1/technical-profile",
				Map.of("key", key, "format", format, "inboundChannels", List.of(Map.of("routeId", key + "-file-in")),
						"outboundChannel", key + "-file-out", "acknowledgement",
						Map.of("level", level, "delivery", "OUTBOUND_CHANNEL")))
			.expect(200);
		return session;
	}

	private static String supplierId(HubClient supplier) {
		return supplier.get("/api/v1/company").expect(200).at("/id");
	}

	private static void settings(HubClient supplier, String connection, Map<String, Object> terms) {
		Map<String, Object> settings = new java.util.HashMap<>(terms);
		settings.put("answerWindowHours", 24);
		settings.put("shippingWindowDays", 2);
		supplier.put("/api/v1/connections/" + connection + "/settings", settings).expect(200);
	}

	private static String number(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A partner's key, the name of its channels and folders, and its GLN.
	 */
	private record Partner(String key, String gln) {
	}

	private static String interchange(String from, String to, String reference, List<String> message) {
		StringBuilder edi = new StringBuilder(
				"UNA:+.? '\nUNB+UNOC:3+" + from + ":14+" + to + ":14+261206:0600+" + reference + "'\n");
		message.forEach((segment) -> edi.append(segment).append("'\n"));
		edi.append("UNT+").append(message.size() + 1).append("+1'\nUNZ+1+").append(reference).append("'\n");
		return edi.toString();
	}

	@SafeVarargs
	private static List<String> orders(String number, String buyer, String supplier, List<String>... lines) {
		List<String> segments = new ArrayList<>(List.of("UNH+1+ORDERS:D:96A:UN:EAN008", "BGM+220+" + number + "+9",
				"DTM+137:20261206:102", "NAD+BY+" + buyer + "::9", "NAD+SU+" + supplier + "::9", "CUX+2:EUR:9"));
		for (List<String> line : lines) {
			segments.addAll(line);
		}
		segments.addAll(List.of("UNS+S", "CNT+2:" + lines.length));
		return segments;
	}

	private static List<String> line(int number, String sku, String quantity, String price) {
		List<String> line = new ArrayList<>(
				List.of("LIN+" + number, "PIA+5+" + sku + ":SA", "QTY+21:" + quantity + ":PCE"));
		if (price != null) {
			line.add("PRI+AAA:" + price);
		}
		return line;
	}

	private static List<String> reqote(String number) {
		return List.of("UNH+1+REQOTE:D:96A:UN:EAN002", "BGM+311+" + number + "+9", "DTM+137:20261206:102",
				"NAD+BY+" + DELI.gln() + "::9", "NAD+SU+" + SUPPLIER.gln() + "::9", "LIN+1", "PIA+5+SKU-1:SA",
				"QTY+21:3:PCE", "UNS+S", "CNT+2:1");
	}

	private static List<String> quotes(String number, String request) {
		return List.of("UNH+1+QUOTES:D:96A:UN:EAN002", "BGM+310+" + number + "+9", "DTM+137:20261206:102",
				"RFF+AHU:" + request, "NAD+SU+" + SUPPLIER.gln() + "::9", "NAD+BY+" + DELI.gln() + "::9", "CUX+2:EUR:9",
				"LIN+1", "PIA+5+SKU-1:SA", "QTY+113:3:PCE", "PRI+AAA:4.40", "UNS+S", "CNT+2:1");
	}

	private static List<String> desadv(String number, String order, String shipped) {
		return List.of("UNH+1+DESADV:D:96A:UN:EAN005", "BGM+351+" + number + "+9", "DTM+137:20261206:102",
				"NAD+SU+" + SUPPLIER.gln() + "::9", "NAD+BY+" + DELI.gln() + "::9", "CPS+1", "LIN+1", "PIA+5+SKU-1:SA",
				"QTY+12:" + shipped + ":PCE", "RFF+ON:" + order + ":1", "CNT+2:1");
	}

	private static String x12Order(String buyer, String supplier, int group, String number) {
		String isa13 = "%09d".formatted(group);
		return "ISA*00*          *00*          *14*" + "%-15s".formatted(buyer) + "*14*" + "%-15s".formatted(supplier)
				+ "*261206*0600*U*00401*" + isa13 + "*0*T*>~\nGS*PO*" + buyer + "*" + supplier + "*20261206*0600*"
				+ group + "*X*004010~\nST*850*0001~\nBEG*00*SA*" + number
				+ "**20261206~\nPO1*1*3*EA***VN*SKU-1~\nCTT*1~\nSE*5*0001~\nGE*1*" + group + "~\nIEA*1*" + isa13
				+ "~\n";
	}

	private static void drop(Partner partner, String name, String content) {
		TestFiles.drop(inbox(partner), name, content.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Path inbox(Partner partner) {
		return ROOT.resolve("inbox").resolve(partner.key());
	}

	private static Path outbox(Partner partner) {
		return ROOT.resolve("outbox").resolve(partner.key());
	}

}
