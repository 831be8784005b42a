package io.tradehub.production;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.TestOrders;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

/**
 * A buyer that sends EANCOM D96A ORDERS and a seller whose ERP takes them as JSON from a
 * queue, connected through the hub: the traffic of the scale-out tests and benchmark.
 * Each order carries its number, {@code PO-<reference>}, and is about 2 KB.
 */
final class Trade {

	private static final Pattern NUMBER = Pattern.compile("\"PO-([A-Z0-9-]+)\"");

	private final String buyerGln = Fixtures.gln();

	private final String sellerGln = Fixtures.gln();

	private final String buyerKey;

	private final String sellerKey;

	private TestCompany buyer;

	private TestCompany seller;

	private String buyerToken;

	private String sellerToken;

	Trade(String buyerKey, String sellerKey) {
		this.buyerKey = buyerKey;
		this.sellerKey = sellerKey;
	}

	/** Makes both companies in the hub's database. */
	Trade register(Fixtures fixtures) {
		this.seller = fixtures.company("Seller " + this.sellerKey, CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", this.sellerGln)));
		this.buyer = fixtures.company("Buyer " + this.buyerKey, CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", this.buyerGln)));
		return this;
	}

	/**
	 * Each company's integrator takes an API token from one instance, then sets the
	 * company's technical profile and connects through the load balancer, whichever
	 * instance answers: a token, unlike a portal session, is known to every instance.
	 * @param instance one hub instance's HTTP port
	 * @param balanced the load balancer's port
	 * @param inbound the buyer's inbound channel (route id)
	 * @param outbound the seller's outbound channel (route id)
	 */
	void connect(int instance, int balanced, String inbound, String outbound) {
		this.sellerToken = token(instance, this.seller);
		this.buyerToken = token(instance, this.buyer);
		HubClient sellerClient = HubClient.system(balanced, this.sellerToken);
		HubClient buyerClient = buyerClient(balanced);
		sellerClient
			.put("/api/v1/technical-profile",
					Map.of("key", this.sellerKey, "format", "JSON", "outboundChannel", outbound))
			.expect(200);
		buyerClient
			.put("/api/v1/technical-profile",
					Map.of("key", this.buyerKey, "format", "EDIFACT_D96A", "inboundChannels",
							List.of(Map.of("routeId", inbound)), "acknowledgement", Map.of("level", "NONE")))
			.expect(200);
		buyerClient.connectActive(sellerClient, this.seller.id());
	}

	private static String token(int port, TestCompany company) {
		return new HubClient(port).login(company.email(), company.password())
			.post("/api/v1/api-tokens",
					Map.of("name", "Integration", "privileges", List.of("CONNECTIONS", "ORDERS", "INTEGRATION")))
			.expect(201)
			.at("/secret");
	}

	/** The buyer's system, to ask about its documents. */
	HubClient buyerClient(int port) {
		return HubClient.system(port, this.buyerToken);
	}

	String sellerKey() {
		return this.sellerKey;
	}

	String buyerKey() {
		return this.buyerKey;
	}

	UUID buyerId() {
		return this.buyer.id();
	}

	/** Where the seller's mail goes. */
	String sellerEmail() {
		return this.seller.email();
	}

	String buyerName() {
		return this.buyer.name();
	}

	/** About 2 KB: fourteen lines with descriptions and prices. */
	byte[] order(String reference) {
		return TestOrders.eancom(this.buyerGln, this.sellerGln, reference).getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * Queues orders {@code <prefix>1} to {@code <prefix><count>} as the buyer's ERP
	 * would, committing a few hundred at a time.
	 */
	void send(ConnectionFactory factory, String queue, String prefix, int count) throws JMSException {
		try (Connection connection = factory.createConnection()) {
			Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
			MessageProducer producer = session.createProducer(session.createQueue(queue));
			for (int i = 1; i <= count; i++) {
				BytesMessage message = session.createBytesMessage();
				message.writeBytes(order(prefix + i));
				producer.send(message);
				if (i % 500 == 0 || i == count) {
					session.commit();
				}
			}
		}
	}

	/**
	 * Every order reference on the seller's queue, once per message, waiting up to the
	 * given time for each next one; stops once the queue stays empty that long.
	 */
	static List<String> drain(ConnectionFactory factory, String queue, long waitMillis) throws JMSException {
		List<String> references = new ArrayList<>();
		try (Connection connection = factory.createConnection()) {
			connection.start();
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
			for (Message message = consumer.receive(waitMillis); message != null; message = consumer
				.receive(waitMillis)) {
				references.add(reference(message.getBody(byte[].class)));
			}
		}
		return references;
	}

	/** The reference of the one order in a delivered JSON document. */
	static String reference(byte[] json) {
		Matcher matcher = NUMBER.matcher(new String(json, StandardCharsets.UTF_8));
		if (!matcher.find()) {
			throw new IllegalStateException("No order number in " + new String(json, StandardCharsets.UTF_8));
		}
		return matcher.group(1);
	}

}
