package io.tradehub.portal.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tradehub.partner.user.NewUser;
import io.tradehub.partner.user.UserService;
import io.tradehub.portal.FormChecks;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.Privilege;
import io.tradehub.portal.PortalController;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's users: everyone with the users privilege sees the list; the account
 * manager adds users, grants and withdraws privileges and removes users, as the API lets
 * only the account manager.
 */
@PortalController
@RequestMapping("/portal/users")
class UserPages {

	static final String VIEW = "portal/admin/users";

	private final UserService users;

	private final FormChecks checks;

	UserPages(UserService users, FormChecks checks) {
		this.users = users;
		this.checks = checks;
	}

	@GetMapping
	String users(Caller caller, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewUserFields(null, null, null, null, null));
		}
		model.addAttribute("users", this.users.list(caller));
		model.addAttribute("privileges", Privilege.values());
		model.addAttribute("manager", manages(caller));
		return VIEW;
	}

	@PostMapping
	String add(Caller caller, NewUserFields form, Model model, RedirectAttributes redirect) {
		try {
			NewUser user = form.user();
			this.checks.require(user);
			this.users.add(caller, user);
		}
		catch (InvalidInputException ex) {
			return rejected(caller, form, ex.problems(), model);
		}
		catch (ConflictException ex) {
			return rejected(caller, form, List.of(new FieldProblem("email", ex.getMessage())), model);
		}
		redirect.addFlashAttribute("added", form.email());
		return "redirect:/portal/users";
	}

	@PostMapping("/{id}/privileges")
	String grant(Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Set<Privilege> privileges,
			@RequestParam(defaultValue = "false") boolean accountManager, RedirectAttributes redirect) {
		this.users.grant(caller, id, (privileges == null) ? EnumSet.noneOf(Privilege.class) : privileges,
				accountManager);
		redirect.addFlashAttribute("changed", id);
		return "redirect:/portal/users";
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		this.users.delete(caller, id);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/portal/users";
	}

	/**
	 * Whether the page offers the caller the account manager's changes; the services
	 * decide whether they are made.
	 */
	static boolean manages(Caller caller) {
		return caller.accountManager() && caller.userId() != null;
	}

	private String rejected(Caller caller, NewUserFields form, List<FieldProblem> problems, Model model) {
		model.addAttribute("form", form.withoutPassword());
		model.addAttribute("problems", problems);
		return users(caller, model);
	}

	/**
	 * The form that adds a user, as typed.
	 */
	record NewUserFields(@Nullable String email, @Nullable String name, @Nullable String password,
			@Nullable Boolean accountManager, @Nullable Set<Privilege> privileges) {

		NewUser user() {
			return new NewUser(strip(this.email), strip(this.name), this.password,
					Boolean.TRUE.equals(this.accountManager), (this.privileges == null) ? Set.of() : this.privileges);
		}

		/** The form to show again: a password is never sent back to the browser. */
		NewUserFields withoutPassword() {
			return new NewUserFields(this.email, this.name, null, this.accountManager, this.privileges);
		}

		public boolean granted(Privilege privilege) {
			return this.privileges != null && this.privileges.contains(privilege);
		}

		private static String strip(@Nullable String text) {
			return (text == null) ? "" : text.strip();
		}

	}

}
