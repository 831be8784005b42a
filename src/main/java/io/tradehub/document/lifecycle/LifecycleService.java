package io.tradehub.document.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.document.Deadlines;
import io.tradehub.partner.ConnectionTerms;
import io.tradehub.partner.Partners;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on requests and orders that send no document: the supplier reopens an
 * expired or answered request with a new deadline, either partner cancels a request, or
 * an order before anything shipped. Each is checked against the lifecycle's state as of
 * now.
 */
@Service
public class LifecycleService {

	private final LifecycleQueries queries;

	private final Partners partners;

	private final Clock clock;

	LifecycleService(LifecycleQueries queries, Partners partners, Clock clock) {
		this.queries = queries;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * @param answerBy the new deadline; null for the connection's answer window from now,
	 * on the supplier's clock
	 */
	@Transactional
	public RequestView reopen(Caller caller, UUID id, @Nullable Instant answerBy) {
		caller.require(Privilege.REQUESTS);
		RequestLifecycle request = this.queries.visibleRequest(caller, id);
		if (!request.supplierId().equals(caller.companyId())) {
			throw new AccessDeniedException("Only the supplier reopens a request.");
		}
		Instant now = this.clock.instant();
		Instant deadline = (answerBy != null) ? answerBy : defaultDeadline(request, now);
		if (!deadline.isAfter(now)) {
			throw new InvalidInputException("answerBy", "must be in the future");
		}
		request.reopen(deadline, now);
		return RequestView.of(request, now);
	}

	@Transactional
	public RequestView cancel(Caller caller, UUID id) {
		caller.require(Privilege.REQUESTS);
		RequestLifecycle request = this.queries.visibleRequest(caller, id);
		Instant now = this.clock.instant();
		request.cancel(now);
		return RequestView.of(request, now);
	}

	@Transactional
	public OrderView cancelOrder(Caller caller, UUID id) {
		caller.require(Privilege.ORDERS);
		OrderLifecycle order = this.queries.visibleOrder(caller, id);
		Instant now = this.clock.instant();
		order.cancel(now);
		return OrderView.of(order, now);
	}

	private Instant defaultDeadline(RequestLifecycle request, Instant now) {
		ConnectionTerms terms = this.partners.terms(request.connectionId())
			.orElseThrow(() -> new IllegalStateException("No connection " + request.connectionId()));
		return Deadlines.answerBy(now, this.partners.byId(request.supplierId()).orElseThrow().timeZone(),
				terms.answerWindowHours());
	}

}
