package io.tradehub.portal;

import java.util.List;

import io.tradehub.partner.PartnerRole;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.GoneException;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every signed-in page shares: the company the user works for (its name, role and
 * time zone for the header and the navigation), and an error page in words instead of the
 * API's problem JSON. It comes before the API's handler, which would otherwise answer a
 * browser with JSON.
 */
@ControllerAdvice(annotations = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPages {

	static final String ERROR_VIEW = "portal/error";

	private final Partners partners;

	PortalPages(Partners partners) {
		this.partners = partners;
	}

	@ModelAttribute
	void company(Caller caller, Model model) {
		PartnerView company = this.partners.byId(caller.companyId()).orElseThrow();
		model.addAttribute("caller", caller);
		model.addAttribute("company", company);
		model.addAttribute("zone", company.timeZone());
		model.addAttribute("supplier", company.role() != PartnerRole.CUSTOMER);
		model.addAttribute("customer", company.role() != PartnerRole.SUPPLIER);
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.NOT_FOUND, "error.not-found", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(AccessDeniedException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.FORBIDDEN, "error.forbidden", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler(InvalidInputException.class)
	String invalid(InvalidInputException ex, Caller caller, Model model, HttpServletResponse response) {
		List<String> problems = ex.problems().stream().map(p -> p.field() + " " + p.message()).toList();
		model.addAttribute("problems", problems);
		return error(HttpStatus.BAD_REQUEST, "error.invalid", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler(IllegalTransitionException.class)
	String illegalTransition(IllegalTransitionException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.CONFLICT, "error.state", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String conflict(RuntimeException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.CONFLICT, "error.conflict", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler(GoneException.class)
	String gone(GoneException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.GONE, "error.gone", ex.getMessage(), caller, model, response);
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	String tooMany(TooManyAttemptsException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.TOO_MANY_REQUESTS, "error.too-many", ex.getMessage(), caller, model, response);
	}

	/**
	 * A hub id or number in the address that is not one: nothing by that name.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String malformed(MethodArgumentTypeMismatchException ex, Caller caller, Model model, HttpServletResponse response) {
		return error(HttpStatus.NOT_FOUND, "error.not-found",
				"There is no " + ex.getName() + " '" + ex.getValue() + "'.", caller, model, response);
	}

	/** The error page keeps the header and navigation, so the user can go on from it. */
	private String error(HttpStatus status, String titleKey, String detail, Caller caller, Model model,
			HttpServletResponse response) {
		company(caller, model);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("detail", detail);
		return ERROR_VIEW;
	}

}
