package io.tradehub.document.work;

import io.tradehub.action.ActionResult;
import io.tradehub.pipeline.Portal.PortalVerdict;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page tells what became of an action after its redirect: the new document's number
 * once the hub accepted it, that it is still on its way, or why the hub refused it, in
 * the hub's words.
 */
final class Outcomes {

	private Outcomes() {
	}

	/**
	 * @param doneKey the message saying what was done, with the new document's number
	 */
	static void tell(ActionResult result, String doneKey, RedirectAttributes redirect) {
		if (result.status() == PortalVerdict.Status.REFUSED) {
			redirect.addFlashAttribute("refused", result.reason());
		}
		else if (result.status() == PortalVerdict.Status.PENDING) {
			redirect.addFlashAttribute("noticeKey", "work.action.pending");
			redirect.addFlashAttribute("noticeArg", result.documentNumber());
		}
		else {
			redirect.addFlashAttribute("noticeKey", doneKey);
			redirect.addFlashAttribute("noticeArg", result.documentNumber());
		}
	}

}
