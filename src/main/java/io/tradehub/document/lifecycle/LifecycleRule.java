package io.tradehub.document.lifecycle;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Deadlines;
import io.tradehub.document.Envelope;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.ConnectionTerms;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.pipeline.DocumentRule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lifecycle rules of DESIGN §4 step 3: requests and orders need order creation
 * allowed and get their deadlines; an answer must answer a known request that is still
 * waiting by the clock; a shipment notice must ship against known open orders and never
 * beyond an ordered quantity. A document it ties to another one gets that one's hub id in
 * its link, so its thread can be followed. An order that names no request the hub knows
 * opens its own lifecycle.
 */
@Component
@org.springframework.core.annotation.Order(200)
class LifecycleRule implements DocumentRule {

	private final RequestLifecycleRepository requests;

	private final OrderLifecycleRepository orders;

	private final Partners partners;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	LifecycleRule(RequestLifecycleRepository requests, OrderLifecycleRepository orders, Partners partners, Clock clock,
			JdbcTemplate jdbc) {
		this.requests = requests;
		this.orders = orders;
		this.partners = partners;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public Outcome check(CanonicalDocument document, PartnerView sender, PartnerView receiver,
			ConnectionState connection) {
		PartnerView supplier = connection.supplierId().equals(receiver.companyId()) ? receiver : sender;
		if (document instanceof OrderRequest request) {
			return request(request, sender, supplier, connection);
		}
		if (document instanceof Answer answer) {
			return fromSupplier("An answer", sender, connection).map(Outcome::refuse)
				.orElseGet(() -> answer(answer, supplier, connection));
		}
		if (document instanceof Order order) {
			return order(order, sender, supplier, connection);
		}
		if (document instanceof ShipmentNotice notice) {
			return fromSupplier("A shipment notice", sender, connection).map(Outcome::refuse)
				.orElseGet(() -> shipment(notice, connection));
		}
		return Outcome.pass(document);
	}

	private Outcome request(OrderRequest request, PartnerView sender, PartnerView supplier,
			ConnectionState connection) {
		String number = request.envelope().documentNumber();
		Optional<String> refusal = fromCustomer("An order request", sender, supplier, connection);
		if (refusal.isPresent()) {
			return Outcome.refuse(refusal.get());
		}
		if (this.requests.findByConnectionIdAndRequestNumber(connection.connectionId(), number).isPresent()) {
			return Outcome.refuse("Request " + number + " was received before; a request number is used once");
		}
		Instant answerBy = request.answerBy();
		if (answerBy == null) {
			answerBy = Deadlines.answerBy(arrival(request.envelope()), supplier.timeZone(),
					terms(connection).answerWindowHours());
		}
		else if (!answerBy.isAfter(this.clock.instant())) {
			return Outcome.refuse("Request " + number + " asks for an answer by "
					+ RequestLifecycle.local(answerBy, supplier.timeZone()) + ", which has passed");
		}
		return Outcome.pass(new OrderRequest(request.envelope(), request.lines(), request.shipTo(),
				request.buyerReferences(), request.noteToSupplier(), answerBy));
	}

	private Outcome answer(Answer answer, PartnerView supplier, ConnectionState connection) {
		String name = "Answer " + answer.envelope().documentNumber();
		DocumentLink link = answer.envelope().answers();
		if (link == null || (link.documentNumber() == null && link.hubId() == null)) {
			return Outcome.refuse(name + " names no request it answers");
		}
		RequestLifecycle request = Threads.requestAnswered(answer, connection, this.requests).orElse(null);
		if (request == null) {
			return Outcome.refuse(name + " answers request "
					+ ((link.documentNumber() != null) ? link.documentNumber() : link.hubId())
					+ ", which the hub never received between these partners");
		}
		String number = request.requestNumber();
		RequestStatus status = request.status(this.clock.instant());
		if (status == RequestStatus.EXPIRED) {
			return Outcome.refuse(expired(request, supplier.timeZone()));
		}
		if (status != RequestStatus.WAITING) {
			return Outcome.refuse("Request " + number + " is " + status + "; it can no longer be answered");
		}
		return Outcome.pass(answer.withEnvelope(linked(answer.envelope(), request.requestDocumentId())));
	}

	/**
	 * Asked for every order the hub reads: in SQL, as a derived query costs Hibernate
	 * more than the lookup costs the database.
	 */
	private boolean ordered(UUID connectionId, String orderNumber) {
		return Boolean.TRUE.equals(
				this.jdbc.query("select 1 from order_lifecycle where connection_id = ? and order_number = ? limit 1",
						ResultSet::next, connectionId, orderNumber));
	}

	/** The reason an answer to an expired request reads, from the rule or the race. */
	static String expired(RequestLifecycle request, ZoneId supplierZone) {
		return "Request " + request.requestNumber() + " expired at "
				+ RequestLifecycle.local(request.answerBy(), supplierZone) + "; it can no longer be answered";
	}

	private Outcome order(Order order, PartnerView sender, PartnerView supplier, ConnectionState connection) {
		String number = order.envelope().documentNumber();
		Optional<String> refusal = fromCustomer("An order", sender, supplier, connection);
		if (refusal.isPresent()) {
			return Outcome.refuse(refusal.get());
		}
		if (ordered(connection.connectionId(), number)) {
			return Outcome.refuse("Order " + number + " was received before; an order number is used once");
		}
		for (Order.Line line : order.lines()) {
			Optional<String> unrecordable = OrderLine.unrecordable(line);
			if (unrecordable.isPresent()) {
				return Outcome.refuse("Order " + number + " cannot be taken: " + unrecordable.get());
			}
		}
		Envelope envelope = order.envelope();
		Optional<RequestLifecycle> request = Threads.requestOf(order, connection, this.requests);
		if (request.isPresent()) {
			RequestStatus status = request.get().status(this.clock.instant());
			if (status != RequestStatus.WAITING && status != RequestStatus.ANSWERED) {
				return Outcome.refuse("Order " + number + " takes up request " + request.get().requestNumber()
						+ ", which is " + status + "; only a waiting or answered request becomes an order");
			}
			envelope = linked(envelope, Threads.linkedDocument(order, request.get()));
		}
		Instant shipBy = order.shipBy();
		if (shipBy == null) {
			ConnectionTerms terms = terms(connection);
			shipBy = Deadlines.shipBy(arrival(envelope), supplier.timeZone(), terms.shippingWindowDays(),
					terms.daysOfService());
		}
		return Outcome.pass(new Order(envelope, order.lines(), order.shipTo(), order.references(),
				order.requestedDelivery(), shipBy, order.note()));
	}

	private Outcome shipment(ShipmentNotice notice, ConnectionState connection) {
		ShipmentPlan plan = ShipmentPlan.of(notice,
				(number) -> this.orders.findByConnectionIdAndOrderNumber(connection.connectionId(), number));
		if (plan.refusal() != null) {
			return Outcome.refuse(plan.refusal());
		}
		DocumentLink link = notice.envelope().answers();
		if (link != null && plan.orders().size() == 1) {
			return Outcome.pass(notice.withEnvelope(linked(notice.envelope(), plan.orders().get(0).orderDocumentId())));
		}
		return Outcome.pass(notice);
	}

	private static Optional<String> fromSupplier(String what, PartnerView sender, ConnectionState connection) {
		return sender.companyId().equals(connection.supplierId()) ? Optional.empty()
				: Optional.of(what + " goes from a supplier to its customer, and " + sender.name()
						+ " is the customer on this connection");
	}

	private Optional<String> fromCustomer(String what, PartnerView sender, PartnerView supplier,
			ConnectionState connection) {
		if (!sender.companyId().equals(connection.customerId())) {
			return Optional.of(what + " goes from a customer to its supplier, and " + sender.name()
					+ " is the supplier on this connection");
		}
		if (!connection.orderCreationAllowed()) {
			return Optional.of(supplier.name() + " does not allow " + sender.name()
					+ " to create order requests and orders on this connection");
		}
		return Optional.empty();
	}

	private ConnectionTerms terms(ConnectionState connection) {
		return this.partners.terms(connection.connectionId())
			.orElseThrow(() -> new IllegalStateException("No connection " + connection.connectionId()));
	}

	private Instant arrival(Envelope envelope) {
		return (envelope.source() != null) ? envelope.source().receivedAt() : this.clock.instant();
	}

	private static Envelope linked(Envelope envelope, UUID hubId) {
		DocumentLink link = envelope.answers();
		DocumentLink resolved = new DocumentLink(hubId, (link != null) ? link.type() : null,
				(link != null) ? link.documentNumber() : null);
		return new Envelope(envelope.hubId(), envelope.sender(), envelope.receiver(), envelope.documentNumber(),
				envelope.documentDate(), resolved, envelope.source(), envelope.status());
	}

}
