package io.tradehub.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.catalog.CatalogService;
import io.tradehub.catalog.CustomerProduct;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.Partners;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.pipeline.Portal.PortalVerdict;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's shop: its suppliers' catalogs, only what each connection shows and in
 * the customer's own prices, and an order request or an order made from the chosen
 * quantities through the same actions as the REST API. A customer whose onboarding with a
 * supplier is not done is sent there first.
 */
@PortalController
class ShopController {

	static final String VIEW = "portal/partners/shop";

	private final CompanyService companies;

	private final Partners partners;

	private final CatalogService catalog;

	private final RequestActions requests;

	private final OrderActions orders;

	ShopController(CompanyService companies, Partners partners, CatalogService catalog, RequestActions requests,
			OrderActions orders) {
		this.companies = companies;
		this.partners = partners;
		this.catalog = catalog;
		this.requests = requests;
		this.orders = orders;
	}

	@GetMapping("/portal/shop")
	String shop(Caller caller, @RequestParam(required = false) @Nullable UUID supplier, Model model) {
		List<Supplier> suppliers = suppliers(caller);
		Optional<Supplier> onboarding = suppliers.stream()
			.filter(s -> s.connection().status() == ConnectionStatus.ONBOARDING)
			.findFirst();
		if (onboarding.isPresent()) {
			return "redirect:/portal/onboarding/" + onboarding.get().connection().connectionId();
		}
		List<Supplier> active = suppliers.stream().filter(s -> s.connection().active()).toList();
		Supplier chosen = active.stream()
			.filter(s -> s.id().equals(supplier))
			.findFirst()
			.orElse(active.isEmpty() || supplier != null ? null : active.get(0));
		if (supplier != null && chosen == null) {
			throw new NotFoundException("catalog of supplier", supplier);
		}
		model.addAttribute("suppliers", active);
		model.addAttribute("chosen", chosen);
		model.addAttribute("products", (chosen == null) ? List.of() : this.catalog.catalogOf(caller, chosen.id()));
		model.addAttribute("mayRequest",
				chosen != null && chosen.connection().orderCreationAllowed() && caller.has(Privilege.REQUESTS));
		model.addAttribute("mayOrder",
				chosen != null && chosen.connection().orderCreationAllowed() && caller.has(Privilege.ORDERS));
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return VIEW;
	}

	@PostMapping("/portal/shop/{supplier}")
	String send(Caller caller, @PathVariable UUID supplier, @RequestParam Map<String, String> fields, Model model,
			RedirectAttributes redirect) {
		List<CustomerProduct> products = this.catalog.catalogOf(caller, supplier);
		ShopBasket basket = new ShopBasket(fields);
		boolean order = "order".equals(fields.get("send"));
		ActionResult result;
		try {
			result = order ? this.orders.order(caller, basket.order(supplier, products))
					: this.requests.request(caller, basket.request(supplier, products));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("values", fields);
			model.addAttribute("problems", ex.problems());
			return shop(caller, supplier, model);
		}
		if (result.status() == PortalVerdict.Status.REFUSED) {
			model.addAttribute("values", fields);
			model.addAttribute("problems", List.of(new FieldProblem("lines", String.valueOf(result.reason()))));
			return shop(caller, supplier, model);
		}
		redirect.addFlashAttribute("sent", result);
		redirect.addFlashAttribute("sentKind", order ? "order" : "request");
		return "redirect:/portal/shop?supplier=" + supplier;
	}

	/** The suppliers the caller's company buys from, and where each connection stands. */
	private List<Supplier> suppliers(Caller caller) {
		return this.companies.suppliers()
			.stream()
			.flatMap(s -> this.partners.supply(s.id(), caller.companyId())
				.map(connection -> new Supplier(s.id(), s.name(), connection))
				.stream())
			.toList();
	}

	/** A supplier of the caller's company with their connection. */
	record Supplier(UUID id, String name, ConnectionState connection) {
	}

}
