package io.tradehub.action;

import java.util.UUID;

import io.tradehub.action.ActionForms.NewOrder;
import io.tradehub.action.ActionForms.ShipmentForm;
import io.tradehub.shared.Caller;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: a customer orders from a supplier, and the supplier confirms shipments of an
 * order it received. Each answers with the new document ({@link ActionResult}).
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final OrderActions actions;

	OrderController(OrderActions actions) {
		this.actions = actions;
	}

	@PostMapping
	ResponseEntity<?> create(Caller caller, @Valid @RequestBody NewOrder form) {
		return this.actions.order(caller, form).response();
	}

	@PostMapping("/{hubId}/shipments")
	ResponseEntity<?> ship(Caller caller, @PathVariable UUID hubId, @Valid @RequestBody ShipmentForm form) {
		return this.actions.ship(caller, hubId, form).response();
	}

}
