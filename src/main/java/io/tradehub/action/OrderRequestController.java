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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order requests: a customer creates one, its supplier answers it and converts it into an
 * order. Each answers with the new document ({@link ActionResult}); the documents are
 * followed under {@code /api/v1/documents}.
 */
@RestController
@RequestMapping("/api/v1/order-requests")
class OrderRequestController {

	private final RequestActions actions;

	OrderRequestController(RequestActions actions) {
		this.actions = actions;
	}

	@PostMapping
	ResponseEntity<?> create(Caller caller, @Valid @RequestBody NewOrderRequest form) {
		return this.actions.request(caller, form).response();
	}

	@PostMapping("/{hubId}/answer")
	ResponseEntity<?> answer(Caller caller, @PathVariable UUID hubId, @Valid @RequestBody AnswerForm form) {
		return this.actions.answer(caller, hubId, form).response();
	}

	@PostMapping("/{hubId}/convert")
	ResponseEntity<?> convert(Caller caller, @PathVariable UUID hubId) {
		return this.actions.convert(caller, hubId).response();
	}

}
