package io.tradehub.document.work;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.tradehub.document.lifecycle.LifecycleSearch.Page;
import io.tradehub.document.lifecycle.LifecycleSearch.Side;
import io.tradehub.document.lifecycle.OrderStatus;
import io.tradehub.document.lifecycle.OrderView;
import io.tradehub.document.lifecycle.OrdersView;
import io.tradehub.document.lifecycle.PortalSearches;
import io.tradehub.document.lifecycle.RequestStatus;
import io.tradehub.document.lifecycle.RequestView;
import io.tradehub.document.lifecycle.RequestsView;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.portal.PortalController;
import io.tradehub.portal.Search;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The requests and orders lists: a search by side, view, status, partner, number and days
 * received, its results linking to each page, and a form to save the search as a
 * dashboard widget. A search the lifecycles refuse shows its problems beside the form.
 */
@PortalController
class WorkListController {

	static final String VIEW = "portal/work/list";

	private final PortalSearches searches;

	private final Partners partners;

	WorkListController(PortalSearches searches, Partners partners) {
		this.searches = searches;
		this.partners = partners;
	}

	@GetMapping("/portal/requests")
	String requests(Caller caller, ListFilters filters, Model model) {
		Search search = filters.search(Search.Area.REQUESTS);
		model.addAttribute("views", names(RequestsView.values()));
		model.addAttribute("statuses", names(RequestStatus.values()));
		return list(caller, search, filters, model, () -> {
			Page<RequestView> page = this.searches.requests(caller, search, null, filters.pageNumber(),
					ListFilters.PAGE_SIZE);
			Function<UUID, String> names = names();
			return new Results(page.items()
				.stream()
				.map((request) -> new Row(request.requestDocumentId(), request.requestNumber(),
						names.apply(partner(caller, request.supplierId(), request.customerId())),
						request.status().name(), (request.view() != null) ? request.view().name() : null,
						request.receivedAt(), request.answerBy()))
				.toList(), page.total());
		});
	}

	@GetMapping("/portal/orders")
	String orders(Caller caller, ListFilters filters, Model model) {
		Search search = filters.search(Search.Area.ORDERS);
		model.addAttribute("views", names(OrdersView.values()));
		model.addAttribute("statuses", names(OrderStatus.values()));
		return list(caller, search, filters, model, () -> {
			Page<OrderView> page = this.searches.orders(caller, search, null, filters.pageNumber(),
					ListFilters.PAGE_SIZE);
			Function<UUID, String> names = names();
			return new Results(page.items()
				.stream()
				.map((order) -> new Row(order.orderDocumentId(), order.orderNumber(),
						names.apply(partner(caller, order.supplierId(), order.customerId())), order.status().name(),
						(order.view() != null) ? order.view().name() : null, order.receivedAt(), order.shipBy()))
				.toList(), page.total());
		});
	}

	private String list(Caller caller, Search search, ListFilters filters, Model model, Supplier<Results> results) {
		caller.require(search.area().privilege());
		model.addAttribute("area", search.area());
		model.addAttribute("search", search);
		model.addAttribute("sides", names(Side.values()));
		model.addAttribute("partners", this.partners.partnersOf(caller.companyId()));
		model.addAttribute("page", filters.pageNumber());
		model.addAttribute("pageSize", ListFilters.PAGE_SIZE);
		try {
			Results found = results.get();
			model.addAttribute("rows", found.rows());
			model.addAttribute("total", found.total());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rows", List.of());
			model.addAttribute("total", 0L);
			model.addAttribute("searchProblems", ex.problems());
		}
		return VIEW;
	}

	private Function<UUID, String> names() {
		return (id) -> this.partners.byId(id).map(PartnerView::name).orElse("?");
	}

	private static UUID partner(Caller caller, UUID supplierId, UUID customerId) {
		return supplierId.equals(caller.companyId()) ? customerId : supplierId;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private record Results(List<Row> rows, long total) {
	}

}
