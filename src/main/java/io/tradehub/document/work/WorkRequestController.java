package io.tradehub.document.work;

import java.util.UUID;

import io.tradehub.action.RequestActions;
import io.tradehub.document.lifecycle.LifecycleService;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's page: its lines and deadline for both partners, and for its supplier the
 * answer form, reopen and convert, each calling what {@code POST /api/v1/order-requests/
 * {hubId}/answer}, {@code /convert} and {@code /api/v1/requests/{id}/reopen} call.
 */
@PortalController
class WorkRequestController {

	static final String VIEW = "portal/work/request";

	private final WorkPages pages;

	private final RequestActions actions;

	private final LifecycleService lifecycles;

	private final WorkForms checks;

	WorkRequestController(WorkPages pages, RequestActions actions, LifecycleService lifecycles, WorkForms checks) {
		this.pages = pages;
		this.actions = actions;
		this.lifecycles = lifecycles;
		this.checks = checks;
	}

	@GetMapping("/portal/requests/{hubId}")
	String request(Caller caller, @PathVariable UUID hubId, Model model) {
		RequestPage page = this.pages.request(caller, hubId);
		return show(page, AnswerInput.of(page.document()), model);
	}

	@PostMapping("/portal/requests/{hubId}/answer")
	String answer(Caller caller, @PathVariable UUID hubId, @ModelAttribute("input") AnswerInput input,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		RequestPage page = this.pages.request(caller, hubId);
		try {
			Outcomes.tell(this.actions.answer(caller, hubId, this.checks.checked(binding, input::form)),
					"work.request.answered", redirect);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return show(page, input, model);
		}
		return redirect(hubId);
	}

	@PostMapping("/portal/requests/{hubId}/reopen")
	String reopen(Caller caller, @PathVariable UUID hubId, RedirectAttributes redirect) {
		RequestPage page = this.pages.request(caller, hubId);
		this.lifecycles.reopen(caller, page.request().id(), null);
		redirect.addFlashAttribute("noticeKey", "work.request.reopened");
		redirect.addFlashAttribute("noticeArg", page.request().requestNumber());
		return redirect(hubId);
	}

	@PostMapping("/portal/requests/{hubId}/convert")
	String convert(Caller caller, @PathVariable UUID hubId, RedirectAttributes redirect) {
		Outcomes.tell(this.actions.convert(caller, hubId), "work.request.converted", redirect);
		return redirect(hubId);
	}

	private static String show(RequestPage page, AnswerInput input, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("input", input);
		return VIEW;
	}

	private static String redirect(UUID hubId) {
		return "redirect:/portal/requests/" + hubId;
	}

}
