package io.tradehub.portal.partners;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.partner.ConnectionStatus;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.connection.ConnectionService;
import io.tradehub.partner.connection.ConnectionView;
import io.tradehub.partner.connection.ConnectionView.Side;
import io.tradehub.partner.invite.InviteForms.NewInvite;
import io.tradehub.partner.invite.InviteLinkService;
import io.tradehub.partner.invite.InviteService;
import io.tradehub.partner.invite.InviteStatus;
import io.tradehub.portal.FormChecks;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The connections page: a supplier's invites in their tabs with the invite form and the
 * permanent invite link, its customers and their requests to connect; a customer's
 * suppliers and where each connection stands.
 */
@PortalController
class ConnectionsController {

	static final String VIEW = "portal/partners/connections";

	/** The invites page's tabs, in their order. */
	static final List<InviteStatus> TABS = List.of(InviteStatus.PENDING, InviteStatus.ERROR, InviteStatus.DEACTIVATED);

	private final ConnectionService connections;

	private final InviteService invites;

	private final InviteLinkService links;

	private final CompanyService companies;

	private final FormChecks check;

	ConnectionsController(ConnectionService connections, InviteService invites, InviteLinkService links,
			CompanyService companies, FormChecks check) {
		this.connections = connections;
		this.companies = companies;
		this.invites = invites;
		this.links = links;
		this.check = check;
	}

	@GetMapping("/portal/connections")
	String connections(Caller caller, @RequestParam(defaultValue = "PENDING") InviteStatus tab, Model model) {
		List<ConnectionView> all = this.connections.list(caller, null);
		List<ConnectionView> customers = all.stream().filter(c -> c.side() == Side.SUPPLIER).toList();
		model.addAttribute("requests", customers.stream().filter(ConnectionsController::awaitsSupplier).toList());
		model.addAttribute("customers", customers.stream().filter(c -> !awaitsSupplier(c)).toList());
		List<ConnectionView> suppliers = all.stream().filter(c -> c.side() == Side.CUSTOMER).toList();
		model.addAttribute("suppliers", suppliers);
		if (Boolean.TRUE.equals(model.getAttribute("customer"))) {
			model.addAttribute("directory", this.companies.suppliers()
				.stream()
				.filter(s -> !s.id().equals(caller.companyId()))
				// after a rejection the customer may ask again
				.filter(s -> suppliers.stream()
					.noneMatch(c -> c.supplier().id().equals(s.id()) && c.status() != ConnectionStatus.REJECTED))
				.toList());
		}
		if (Boolean.TRUE.equals(model.getAttribute("supplier"))) {
			Map<InviteStatus, Integer> counts = new EnumMap<>(InviteStatus.class);
			TABS.forEach(status -> counts.put(status, this.invites.list(caller, status).size()));
			model.addAttribute("tabs", counts);
			InviteStatus shown = TABS.contains(tab) ? tab : InviteStatus.PENDING;
			model.addAttribute("tab", shown);
			model.addAttribute("invites", this.invites.list(caller, shown));
			model.addAttribute("inviteLink", this.links.link(caller));
			if (!model.containsAttribute("invite")) {
				model.addAttribute("invite", new NewInvite("", null, null));
			}
		}
		return VIEW;
	}

	@PostMapping("/portal/connections/invites")
	String invite(Caller caller, @RequestParam String email, @RequestParam(required = false) @Nullable String message,
			@RequestParam(required = false) @Nullable String language, Model model, RedirectAttributes redirect) {
		NewInvite invite = new NewInvite(email.strip(), FormChecks.blankToNull(message),
				FormChecks.blankToNull(language));
		try {
			this.invites.invite(caller, this.check.valid(invite));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("invite", invite);
			model.addAttribute("problems", FormChecks.byField(ex));
			return connections(caller, InviteStatus.PENDING, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("invite", invite);
			model.addAttribute("problems", Map.of("email", ex.getMessage()));
			return connections(caller, InviteStatus.PENDING, model);
		}
		redirect.addFlashAttribute("notice", "invites.sent");
		redirect.addFlashAttribute("noticeArgument", invite.email());
		return "redirect:/portal/connections?tab=PENDING";
	}

	/** A customer asks a supplier of the hub's directory to connect. */
	@PostMapping("/portal/connections/requests")
	String request(Caller caller, @RequestParam UUID supplierId,
			@RequestParam(required = false) @Nullable String message, RedirectAttributes redirect) {
		ConnectionView connection = this.connections.request(caller, supplierId, FormChecks.blankToNull(message));
		redirect.addFlashAttribute("notice", "connections.requested");
		redirect.addFlashAttribute("noticeArgument", connection.supplier().name());
		return "redirect:/portal/connections";
	}

	@PostMapping("/portal/connections/invites/{id}/resend")
	String resend(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		String email = this.invites.resend(caller, id).email();
		return done(redirect, "invites.resent", email, InviteStatus.PENDING);
	}

	@PostMapping("/portal/connections/invites/{id}/cancel")
	String cancel(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		String email = this.invites.cancel(caller, id).email();
		return done(redirect, "invites.cancelled", email, InviteStatus.DEACTIVATED);
	}

	@PostMapping("/portal/connections/invites/{id}/clear")
	String clear(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		String email = this.invites.clear(caller, id).email();
		return done(redirect, "invites.cleared", email, InviteStatus.ERROR);
	}

	@PostMapping("/portal/connections/invites/clear-errors")
	String clearErrors(Caller caller, RedirectAttributes redirect) {
		int cleared = this.invites.clearErrors(caller);
		return done(redirect, "invites.all-cleared", String.valueOf(cleared), InviteStatus.ERROR);
	}

	@GetMapping(path = "/portal/connections/invite-link/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrCode(Caller caller) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.links.qrCode(caller));
	}

	/** Requests to connect that wait for the supplier's decision. */
	private static boolean awaitsSupplier(ConnectionView connection) {
		return connection.status() == ConnectionStatus.PENDING
				|| connection.status() == ConnectionStatus.APPROVED_INACTIVE;
	}

	private static String done(RedirectAttributes redirect, String notice, String argument, InviteStatus tab) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgument", argument);
		return "redirect:/portal/connections?tab=" + tab;
	}

}
