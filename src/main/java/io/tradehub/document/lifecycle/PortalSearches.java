package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import io.tradehub.document.lifecycle.LifecycleSearch.Page;
import io.tradehub.document.lifecycle.LifecycleSearch.Side;
import io.tradehub.partner.Partners;
import io.tradehub.portal.Search;
import io.tradehub.portal.WidgetCounts;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The portal's searches over requests and orders, for its lists and the dashboard's
 * counters alike: the same views and filters, scoped to the caller's company, that
 * {@code GET /api/v1/requests} and {@code /orders} answer. A search's days are read in
 * the company's time zone.
 */
@Service
public class PortalSearches implements WidgetCounts {

	private final LifecycleQueries queries;

	private final Partners partners;

	PortalSearches(LifecycleQueries queries, Partners partners) {
		this.queries = queries;
		this.partners = partners;
	}

	@Override
	public long count(Caller caller, Search search, @Nullable Instant since) {
		Range range = range(caller, search, since);
		if (range.from() != null && range.to() != null && !range.from().isBefore(range.to())) {
			// reset after the search's last day: nothing it finds can be new
			return 0;
		}
		return switch (search.area()) {
			case REQUESTS -> requests(caller, search, since, 0, 1).total();
			case ORDERS -> orders(caller, search, since, 0, 1).total();
		};
	}

	/** One page of the requests the search finds, newest first. */
	public Page<RequestView> requests(Caller caller, Search search, @Nullable Instant since, int page, int size) {
		return this.queries.requests(caller, parse(RequestsView.class, "view", search.view()),
				parse(RequestStatus.class, "status", search.status()), filters(caller, search, since, page, size));
	}

	/** One page of the orders the search finds, newest first. */
	public Page<OrderView> orders(Caller caller, Search search, @Nullable Instant since, int page, int size) {
		return this.queries.orders(caller, parse(OrdersView.class, "view", search.view()),
				parse(OrderStatus.class, "status", search.status()), filters(caller, search, since, page, size));
	}

	private LifecycleSearch filters(Caller caller, Search search, @Nullable Instant since, int page, int size) {
		Range range = range(caller, search, since);
		return new LifecycleSearch(parse(Side.class, "side", search.side()), search.partner(), search.number(),
				range.from(), range.to(), page, size);
	}

	private Range range(Caller caller, Search search, @Nullable Instant since) {
		ZoneId zone = this.partners.byId(caller.companyId()).orElseThrow().timeZone();
		Instant from = (search.from() != null) ? search.from().atStartOfDay(zone).toInstant() : null;
		if (since != null && (from == null || since.isAfter(from))) {
			from = since;
		}
		Instant to = (search.to() != null) ? search.to().plusDays(1).atStartOfDay(zone).toInstant() : null;
		return new Range(from, to);
	}

	private record Range(@Nullable Instant from, @Nullable Instant to) {
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String name) {
		if (name == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field,
					"must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + name);
		}
	}

}
