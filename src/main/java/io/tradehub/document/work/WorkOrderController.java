package io.tradehub.document.work;

import java.util.UUID;

import io.tradehub.action.OrderActions;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An order's page, with its Summary tab (lines, prices, totals, status, ship-by) and its
 * Shipping tab (shipments so far with their packing slips, the picking list, and for the
 * supplier the confirm-shipment form, calling what {@code POST
 * /api/v1/orders/{hubId}/shipments} calls).
 */
@PortalController
class WorkOrderController {

	static final String VIEW = "portal/work/order";

	static final String SHIPPING = "shipping";

	private final WorkPages pages;

	private final OrderActions actions;

	private final WorkForms checks;

	WorkOrderController(WorkPages pages, OrderActions actions, WorkForms checks) {
		this.pages = pages;
		this.actions = actions;
		this.checks = checks;
	}

	@GetMapping("/portal/orders/{hubId}")
	String order(Caller caller, @PathVariable UUID hubId, @RequestParam(required = false) @Nullable String tab,
			Model model) {
		OrderPage page = this.pages.order(caller, hubId);
		return show(page, SHIPPING.equals(tab) ? SHIPPING : "summary", ShipmentInput.of(page), model);
	}

	@PostMapping("/portal/orders/{hubId}/shipments")
	String ship(Caller caller, @PathVariable UUID hubId, @ModelAttribute("input") ShipmentInput input,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		OrderPage page = this.pages.order(caller, hubId);
		try {
			Outcomes.tell(this.actions.ship(caller, hubId, this.checks.checked(binding, input::form)),
					"work.order.shipped", redirect);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return show(page, SHIPPING, input, model);
		}
		return "redirect:/portal/orders/" + hubId + "?tab=" + SHIPPING;
	}

	private static String show(OrderPage page, String tab, ShipmentInput input, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("tab", tab);
		model.addAttribute("input", input);
		return VIEW;
	}

}
