package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.lifecycle.LifecycleSearch.Side;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The queries behind the views: every one scoped to the caller's company on either side
 * of its connections, the derived views as conditions on deadlines and the clock.
 */
final class LifecycleSpecifications {

	private static final List<OrderStatus> OPEN = List.of(OrderStatus.TO_BE_SHIPPED, OrderStatus.PARTIALLY_SHIPPED);

	private LifecycleSpecifications() {
	}

	/**
	 * @param numberField the entity's field holding the customer's number
	 */
	static <T> Specification<T> scoped(UUID companyId, LifecycleSearch search, String numberField) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			Path<UUID> supplier = root.get("supplierId");
			Path<UUID> customer = root.get("customerId");
			Predicate asSupplier = cb.equal(supplier, companyId);
			Predicate asCustomer = cb.equal(customer, companyId);
			if (search.partner() != null) {
				asSupplier = cb.and(asSupplier, cb.equal(customer, search.partner()));
				asCustomer = cb.and(asCustomer, cb.equal(supplier, search.partner()));
			}
			where.add((search.side() == Side.SUPPLIER) ? asSupplier
					: (search.side() == Side.CUSTOMER) ? asCustomer : cb.or(asSupplier, asCustomer));
			if (search.number() != null) {
				where.add(cb.equal(root.get(numberField), search.number()));
			}
			if (search.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), search.from()));
			}
			if (search.to() != null) {
				where.add(cb.lessThan(root.get("receivedAt"), search.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Requests in a view and with a status as of now; null leaves either open. */
	static Specification<RequestLifecycle> requests(@Nullable RequestsView view, @Nullable RequestStatus status,
			Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (view != null) {
				where.add(switch (view) {
					case WAITING -> waiting(root, cb, now.plus(RequestsView.LAST_HOUR));
					case EXPIRING -> cb.and(waiting(root, cb, now),
							cb.lessThanOrEqualTo(root.get("answerBy"), now.plus(RequestsView.LAST_HOUR)));
					case EXPIRED -> expired(root, cb, now);
					case ANSWERED -> cb.equal(root.get("status"), RequestStatus.ANSWERED);
				});
			}
			if (status == RequestStatus.WAITING) {
				where.add(waiting(root, cb, now));
			}
			else if (status == RequestStatus.EXPIRED) {
				where.add(expired(root, cb, now));
			}
			else if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Orders in a view and with a status; null leaves either open. */
	static Specification<OrderLifecycle> orders(@Nullable OrdersView view, @Nullable OrderStatus status, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (view != null) {
				where.add(switch (view) {
					case TO_BE_SHIPPED -> cb.and(root.get("status").in(OPEN), cb.greaterThan(root.get("shipBy"), now));
					case DELAYED -> cb.and(root.get("status").in(OPEN), cb.lessThanOrEqualTo(root.get("shipBy"), now));
					case SHIPPED_RECENTLY -> cb.and(cb.equal(root.get("status"), OrderStatus.SHIPPED),
							cb.greaterThan(root.get("shippedAt"), now.minus(OrdersView.RECENT)));
				});
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Waiting with its deadline after {@code after}. */
	private static Predicate waiting(Root<RequestLifecycle> root, CriteriaBuilder cb, Instant after) {
		return cb.and(cb.equal(root.get("status"), RequestStatus.WAITING), cb.greaterThan(root.get("answerBy"), after));
	}

	/** Expired by the sweeper, or waiting with its deadline passed and not swept yet. */
	private static Predicate expired(Root<RequestLifecycle> root, CriteriaBuilder cb, Instant now) {
		return cb.or(cb.equal(root.get("status"), RequestStatus.EXPIRED), cb
			.and(cb.equal(root.get("status"), RequestStatus.WAITING), cb.lessThanOrEqualTo(root.get("answerBy"), now)));
	}

}
