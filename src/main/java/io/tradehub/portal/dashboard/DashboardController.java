package io.tradehub.portal.dashboard;

import java.time.Clock;

import io.tradehub.portal.PortalController;
import io.tradehub.portal.Widget;
import io.tradehub.shared.Caller;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The landing page after signing in: the dashboard's widgets, and their reset.
 */
@PortalController
class DashboardController {

	static final String VIEW = "portal/dashboard";

	private final Dashboard dashboard;

	private final Clock clock;

	DashboardController(Dashboard dashboard, Clock clock) {
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping("/portal")
	String dashboard(Caller caller, Model model) {
		if (Boolean.FALSE.equals(model.getAttribute("supplier"))) {
			// a company that only buys has no widgets to watch: it lands in its shop
			return "redirect:/portal/shop";
		}
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("widgets", this.dashboard.widgets(caller));
		return VIEW;
	}

	@PostMapping("/portal/widgets/{widget}/reset")
	String reset(Caller caller, @PathVariable Widget widget) {
		this.dashboard.reset(caller, widget);
		return "redirect:/portal";
	}

}
