package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tradehub.document.lifecycle.LifecycleSearch.Page;
import io.tradehub.document.lifecycle.LifecycleSearch.Side;
import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners follow their requests and orders by derived view ({@code view=}) and filters,
 * with counts per view, and act on them where no document is sent: reopen or cancel a
 * request, cancel an order.
 */
@RestController
@RequestMapping("/api/v1")
class LifecycleController {

	private final LifecycleQueries queries;

	private final LifecycleService lifecycles;

	LifecycleController(LifecycleQueries queries, LifecycleService lifecycles) {
		this.queries = queries;
		this.lifecycles = lifecycles;
	}

	@GetMapping("/requests")
	Page<RequestView> requests(Caller caller, @RequestParam(required = false) @Nullable RequestsView view,
			@RequestParam(required = false) @Nullable RequestStatus status, Filters filters) {
		return this.queries.requests(caller, view, status, filters.search());
	}

	@GetMapping("/requests/counts")
	Map<RequestsView, Long> requestCounts(Caller caller, @RequestParam(required = false) @Nullable Side side) {
		return this.queries.requestCounts(caller, side);
	}

	@GetMapping("/requests/{id}")
	RequestView request(Caller caller, @PathVariable UUID id) {
		return this.queries.request(caller, id);
	}

	@PostMapping("/requests/{id}/reopen")
	RequestView reopen(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Nullable Reopen body) {
		return this.lifecycles.reopen(caller, id, (body != null) ? body.answerBy() : null);
	}

	@PostMapping("/requests/{id}/cancel")
	RequestView cancel(Caller caller, @PathVariable UUID id) {
		return this.lifecycles.cancel(caller, id);
	}

	@GetMapping("/orders")
	Page<OrderView> orders(Caller caller, @RequestParam(required = false) @Nullable OrdersView view,
			@RequestParam(required = false) @Nullable OrderStatus status, Filters filters) {
		return this.queries.orders(caller, view, status, filters.search());
	}

	@GetMapping("/orders/counts")
	Map<OrdersView, Long> orderCounts(Caller caller, @RequestParam(required = false) @Nullable Side side) {
		return this.queries.orderCounts(caller, side);
	}

	@GetMapping("/orders/{id}")
	OrderView order(Caller caller, @PathVariable UUID id) {
		return this.queries.order(caller, id);
	}

	@PostMapping("/orders/{id}/cancel")
	OrderView cancelOrder(Caller caller, @PathVariable UUID id) {
		return this.lifecycles.cancelOrder(caller, id);
	}

	/**
	 * The filters both lists take from the query string; see {@link LifecycleSearch}.
	 */
	record Filters(@Nullable Side side, @Nullable UUID partner, @Nullable String number, @Nullable Instant from,
			@Nullable Instant to, @Nullable Integer page, @Nullable Integer size) {

		LifecycleSearch search() {
			return new LifecycleSearch(this.side, this.partner, this.number, this.from, this.to,
					(this.page != null) ? this.page : 0, (this.size != null) ? this.size : 20);
		}

	}

	/**
	 * @param answerBy the new deadline; none for the connection's answer window from now
	 */
	record Reopen(@Nullable Instant answerBy) {
	}

}
