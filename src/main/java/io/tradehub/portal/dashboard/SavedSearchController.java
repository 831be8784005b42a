package io.tradehub.portal.dashboard;

import java.time.LocalDate;
import java.util.UUID;

import io.tradehub.portal.PortalController;
import io.tradehub.portal.Search;
import io.tradehub.shared.Caller;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves a search from the requests or orders list as a widget of the user's dashboard,
 * and resets or removes it there. A name the user must change goes back to the list,
 * shown beside the save form.
 */
@PortalController
class SavedSearchController {

	private final SavedSearches searches;

	SavedSearchController(SavedSearches searches) {
		this.searches = searches;
	}

	@PostMapping("/portal/searches")
	String save(Caller caller, SaveForm form, RedirectAttributes redirect) {
		Search search = form.search();
		try {
			this.searches.save(caller, (form.name() != null) ? form.name() : "", search);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("saveProblems", ex.problems());
			redirect.addFlashAttribute("saveName", form.name());
			return "redirect:" + search.link();
		}
		redirect.addFlashAttribute("saved", form.name());
		return "redirect:/portal";
	}

	@PostMapping("/portal/searches/{id}/reset")
	String reset(Caller caller, @PathVariable UUID id) {
		this.searches.reset(caller, id);
		return "redirect:/portal";
	}

	@PostMapping("/portal/searches/{id}/remove")
	String remove(Caller caller, @PathVariable UUID id) {
		this.searches.remove(caller, id);
		return "redirect:/portal";
	}

	/**
	 * The list's filters, as its save form posts them, and the name to save them under.
	 */
	record SaveForm(@Nullable String name, Search.Area area, @Nullable String side, @Nullable String view,
			@Nullable String status, @Nullable UUID partner, @Nullable String number,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

		Search search() {
			return new Search(this.area, this.side, this.view, this.status, this.partner, this.number, this.from,
					this.to);
		}

	}

}
