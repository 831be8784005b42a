package io.tradehub.document.lifecycle;

import java.time.Instant;

import io.tradehub.document.lifecycle.LifecycleSearch.Side;
import io.tradehub.portal.Widget;
import io.tradehub.portal.WidgetCounts;
import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Counts the portal's dashboard widgets with the same views, scoped to the caller's
 * company as supplier, that {@code GET /api/v1/requests} and {@code /orders} list.
 */
@Component
class WidgetCounters implements WidgetCounts {

	private final LifecycleQueries queries;

	WidgetCounters(LifecycleQueries queries) {
		this.queries = queries;
	}

	@Override
	public long count(Caller caller, Widget widget, @Nullable Instant since) {
		LifecycleSearch search = new LifecycleSearch(Side.SUPPLIER, null, null, since, null, 0, 1);
		return switch (widget) {
			case REQUESTS_WAITING -> requests(caller, RequestsView.WAITING, search);
			case REQUESTS_EXPIRING -> requests(caller, RequestsView.EXPIRING, search);
			case REQUESTS_EXPIRED -> requests(caller, RequestsView.EXPIRED, search);
			case REQUESTS_ANSWERED -> requests(caller, RequestsView.ANSWERED, search);
			case ORDERS_TO_BE_SHIPPED -> orders(caller, OrdersView.TO_BE_SHIPPED, search);
			case ORDERS_DELAYED -> orders(caller, OrdersView.DELAYED, search);
			case ORDERS_SHIPPED_RECENTLY -> orders(caller, OrdersView.SHIPPED_RECENTLY, search);
		};
	}

	private long requests(Caller caller, RequestsView view, LifecycleSearch search) {
		return this.queries.requests(caller, view, null, search).total();
	}

	private long orders(Caller caller, OrdersView view, LifecycleSearch search) {
		return this.queries.orders(caller, view, null, search).total();
	}

}
