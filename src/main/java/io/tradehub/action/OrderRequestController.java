package io.tradehub.action;

import java.util.UUID;

import io.tradehub.action.ActionForms.AnswerForm;
import io.tradehub.action.ActionForms.NewOrderRequest;
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
 * Order requests: a customer creates one, its supplier answers it and converts it into an
 * order. Each answers with the new document ({@link ActionResult}); the documents are
 * followed under {@code /api/v1/documents}. Each may be sent with an
 * {@code Idempotency-Key} header to be safe to retry ({@link Idempotency}).
 */
@RestController
@RequestMapping("/api/v1/order-requests")
class OrderRequestController {

	private final RequestActions actions;

	private final Idempotency idempotency;

	OrderRequestController(RequestActions actions, Idempotency idempotency) {
		this.actions = actions;
		this.idempotency = idempotency;
	}

	@PostMapping
	ResponseEntity<?> create(Caller caller, @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@Valid @RequestBody NewOrderRequest form) {
		return this.idempotency.once(caller, key, "create order request", form,
				() -> this.actions.request(caller, form));
	}

	@PostMapping("/{hubId}/answer")
	ResponseEntity<?> answer(Caller caller, @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@PathVariable UUID hubId, @Valid @RequestBody AnswerForm form) {
		return this.idempotency.once(caller, key, "answer " + hubId, form,
				() -> this.actions.answer(caller, hubId, form));
	}

	@PostMapping("/{hubId}/convert")
	ResponseEntity<?> convert(Caller caller, @RequestHeader(name = Idempotency.HEADER, required = false) String key,
			@PathVariable UUID hubId) {
		return this.idempotency.once(caller, key, "convert " + hubId, hubId, () -> this.actions.convert(caller, hubId));
	}

}
