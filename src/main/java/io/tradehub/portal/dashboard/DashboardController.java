package io.tradehub.portal.dashboard;

import java.time.Clock;
import java.util.Locale;

import io.tradehub.portal.PortalController;
import io.tradehub.portal.Widget;
import io.tradehub.shared.Caller;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page after signing in: the dashboard's widgets, their reset, and their
 * email alert.
 */
@PortalController
class DashboardController {

	static final String VIEW = "portal/dashboard";

	private static final String BACK = "redirect:/portal";

	private final Dashboard dashboard;

	private final WidgetAlerts alerts;

	private final Clock clock;

	DashboardController(Dashboard dashboard, WidgetAlerts alerts, Clock clock) {
		this.dashboard = dashboard;
		this.alerts = alerts;
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
		model.addAttribute("mailing", this.alerts.switchedOn(caller));
		return VIEW;
	}

	@PostMapping("/portal/widgets/{widget}/reset")
	String reset(Caller caller, @PathVariable Widget widget) {
		this.dashboard.reset(caller, widget);
		return BACK;
	}

	/**
	 * @param key a default widget's name or {@code search-<id>}
	 * @param on whether to mail from now on
	 */
	@PostMapping("/portal/widgets/{key}/alert")
	String alert(Caller caller, @PathVariable String key, @RequestParam boolean on, Locale locale) {
		if (on) {
			this.alerts.switchOn(caller, key, locale);
		}
		else {
			this.alerts.switchOff(caller, key);
		}
		return BACK;
	}

}
