package io.tradehub.document.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests and orders as a company follows them, as supplier or customer: lists and
 * counts per derived view, computed from deadlines and the clock at the moment of asking.
 * A company sees only the requests and orders of its own connections; anything else is
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class LifecycleQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

	private final RequestLifecycleRepository requests;

	private final OrderLifecycleRepository orders;

	private final Clock clock;

	LifecycleQueries(RequestLifecycleRepository requests, OrderLifecycleRepository orders, Clock clock) {
		this.requests = requests;
		this.orders = orders;
		this.clock = clock;
	}

	public LifecycleSearch.Page<RequestView> requests(Caller caller, @Nullable RequestsView view,
			@Nullable RequestStatus status, LifecycleSearch search) {
		caller.require(Privilege.REQUESTS);
		Instant now = this.clock.instant();
		Specification<RequestLifecycle> where = LifecycleSpecifications
			.<RequestLifecycle>scoped(caller.companyId(), search, "requestNumber")
			.and(LifecycleSpecifications.requests(view, status, now));
		org.springframework.data.domain.Page<RequestLifecycle> page = this.requests.findAll(where,
				PageRequest.of(search.page(), search.size(), NEWEST_FIRST));
		return new LifecycleSearch.Page<>(page.map((request) -> RequestView.of(request, now)).getContent(),
				search.page(), search.size(), page.getTotalElements());
	}

	/** How many of the caller's requests are in each view now. */
	public Map<RequestsView, Long> requestCounts(Caller caller, LifecycleSearch.@Nullable Side side) {
		caller.require(Privilege.REQUESTS);
		Instant now = this.clock.instant();
		Specification<RequestLifecycle> scope = LifecycleSpecifications.scoped(caller.companyId(), all(side),
				"requestNumber");
		Map<RequestsView, Long> counts = new EnumMap<>(RequestsView.class);
		for (RequestsView view : RequestsView.values()) {
			counts.put(view, this.requests.count(scope.and(LifecycleSpecifications.requests(view, null, now))));
		}
		return counts;
	}

	public RequestView request(Caller caller, UUID id) {
		caller.require(Privilege.REQUESTS);
		return RequestView.of(visibleRequest(caller, id), this.clock.instant());
	}

	public LifecycleSearch.Page<OrderView> orders(Caller caller, @Nullable OrdersView view,
			@Nullable OrderStatus status, LifecycleSearch search) {
		caller.require(Privilege.ORDERS);
		Instant now = this.clock.instant();
		Specification<OrderLifecycle> where = LifecycleSpecifications
			.<OrderLifecycle>scoped(caller.companyId(), search, "orderNumber")
			.and(LifecycleSpecifications.orders(view, status, now));
		org.springframework.data.domain.Page<OrderLifecycle> page = this.orders.findAll(where,
				PageRequest.of(search.page(), search.size(), NEWEST_FIRST));
		return new LifecycleSearch.Page<>(page.map((order) -> OrderView.of(order, now)).getContent(), search.page(),
				search.size(), page.getTotalElements());
	}

	/** How many of the caller's orders are in each view now. */
	public Map<OrdersView, Long> orderCounts(Caller caller, LifecycleSearch.@Nullable Side side) {
		caller.require(Privilege.ORDERS);
		Instant now = this.clock.instant();
		Specification<OrderLifecycle> scope = LifecycleSpecifications.scoped(caller.companyId(), all(side),
				"orderNumber");
		Map<OrdersView, Long> counts = new EnumMap<>(OrdersView.class);
		for (OrdersView view : OrdersView.values()) {
			counts.put(view, this.orders.count(scope.and(LifecycleSpecifications.orders(view, null, now))));
		}
		return counts;
	}

	public OrderView order(Caller caller, UUID id) {
		caller.require(Privilege.ORDERS);
		return OrderView.of(visibleOrder(caller, id), this.clock.instant());
	}

	/**
	 * The order with this hub id (its document's, as actions and prints name it), for its
	 * supplier or customer; empty for any other company and for an order the hub refused.
	 * The privilege is the asking capability's to check: printing a picking list needs
	 * SHIPPING, not ORDERS.
	 */
	public Optional<OrderView> orderOfDocument(Caller caller, UUID orderDocumentId) {
		return this.orders.findByOrderDocumentId(orderDocumentId)
			.filter((order) -> order.involves(caller.companyId()))
			.map((order) -> OrderView.of(order, this.clock.instant()));
	}

	/**
	 * The request with this hub id (its request document's, as the answer and convert
	 * actions name it), for its supplier or customer; not found for any other company.
	 */
	public RequestView requestOfDocument(Caller caller, UUID requestDocumentId) {
		caller.require(Privilege.REQUESTS);
		return this.requests.findByRequestDocumentId(requestDocumentId)
			.filter((request) -> request.involves(caller.companyId()))
			.map((request) -> RequestView.of(request, this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("request", requestDocumentId));
	}

	RequestLifecycle visibleRequest(Caller caller, UUID id) {
		return this.requests.findById(id)
			.filter((request) -> request.involves(caller.companyId()))
			.orElseThrow(() -> new NotFoundException("request", id));
	}

	OrderLifecycle visibleOrder(Caller caller, UUID id) {
		return this.orders.findById(id)
			.filter((order) -> order.involves(caller.companyId()))
			.orElseThrow(() -> new NotFoundException("order", id));
	}

	private static LifecycleSearch all(LifecycleSearch.@Nullable Side side) {
		return new LifecycleSearch(side, null, null, null, null, 0, 1);
	}

}
