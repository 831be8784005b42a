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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: a customer orders from a supplier, and the supplier confirms shipments of an
 * order it received. Each answers with the new document ({@link ActionResult}) and may be
 * sent with an {@code Idempotency-Key} header to be safe to retry.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final OrderActions actions;

	private final Idempotency idempotency;

	OrderController(OrderActions actions, Idempotency idempotency) {
		this.actions = actions;
		this.idempotency = idempotency;
	}

	@PostMapping
	ResponseEntity<?> create(Caller caller, @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@Valid @RequestBody NewOrder form) {
		return this.idempotency.once(caller, key, "create order", form, () -> this.actions.order(caller, form));
	}

	@PostMapping("/{hubId}/shipments")
	ResponseEntity<?> ship(Caller caller, @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@PathVariable UUID hubId, @Valid @RequestBody ShipmentForm form) {
		return this.idempotency.once(caller, key, "ship " + hubId, form, () -> this.actions.ship(caller, hubId, form));
	}

}
