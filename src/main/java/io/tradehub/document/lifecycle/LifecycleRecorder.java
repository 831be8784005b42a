package io.tradehub.document.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import io.tradehub.document.Answer;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.partner.ConnectionState;
import io.tradehub.pipeline.DocumentRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the lifecycles as documents are recorded, inside the recording transaction: a
 * request or an order opens its lifecycle, an answer answers its request, an order
 * converts the request it takes up, a shipment notice adds its quantities. The
 * {@link LifecycleRule} checked each move just before; one that a concurrent change (the
 * expiry sweeper) made illegal since fails its optimistic lock or guard, and the whole
 * recording rolls back, to be read again and refused with the reason.
 */
@Component
class LifecycleRecorder {

	private final RequestLifecycleRepository requests;

	private final OrderLifecycleRepository orders;

	private final Clock clock;

	LifecycleRecorder(RequestLifecycleRepository requests, OrderLifecycleRepository orders, Clock clock) {
		this.requests = requests;
		this.orders = orders;
		this.clock = clock;
	}

	@EventListener
	void on(DocumentRecorded recorded) {
		ConnectionState connection = recorded.connection();
		if (recorded.document() instanceof OrderRequest request) {
			this.requests.save(new RequestLifecycle(connection, request.envelope().documentNumber(), recorded.hubId(),
					arrival(request.envelope()),
					Objects.requireNonNull(request.answerBy(), "answerBy, which the lifecycle rule sets")));
		}
		else if (recorded.document() instanceof Answer answer) {
			answered(answer, recorded);
		}
		else if (recorded.document() instanceof Order order) {
			ordered(order, recorded);
		}
		else if (recorded.document() instanceof ShipmentNotice notice) {
			shipped(notice, recorded);
		}
	}

	private void answered(Answer answer, DocumentRecorded recorded) {
		RequestLifecycle request = Threads.requestAnswered(answer, recorded.connection(), this.requests)
			.orElseThrow(() -> new IllegalStateException("Answer " + recorded.hubId() + " answers no known request"));
		request.answer(answer.envelope().documentNumber(), recorded.hubId(), this.clock.instant());
	}

	private void ordered(Order order, DocumentRecorded recorded) {
		Instant now = this.clock.instant();
		RequestLifecycle request = Threads.requestOf(order, recorded.connection(), this.requests).orElse(null);
		if (request != null) {
			request.convert(recorded.hubId(), now);
		}
		this.orders.save(new OrderLifecycle(recorded.connection(), order, (request != null) ? request.id() : null,
				arrival(order.envelope()),
				Objects.requireNonNull(order.shipBy(), "shipBy, which the lifecycle rule sets")));
	}

	private void shipped(ShipmentNotice notice, DocumentRecorded recorded) {
		ShipmentPlan plan = ShipmentPlan.of(notice,
				(number) -> this.orders.findByConnectionIdAndOrderNumber(recorded.connection().connectionId(), number));
		if (plan.refusal() != null) {
			throw new IllegalStateException(plan.refusal());
		}
		Instant now = this.clock.instant();
		plan.shipments().forEach((order, quantities) -> order.ship(recorded.hubId(), quantities, now));
	}

	private Instant arrival(Envelope envelope) {
		return (envelope.source() != null) ? envelope.source().receivedAt() : this.clock.instant();
	}

}
