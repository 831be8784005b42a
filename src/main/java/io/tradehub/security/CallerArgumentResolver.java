package io.tradehub.security;

import java.util.UUID;

import io.tradehub.partner.UserAccounts;
import io.tradehub.shared.Caller;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the {@link Caller}. A user is looked up afresh on each
 * request, so a removed user or a withdrawn privilege takes effect at once, not at the
 * end of the session.
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final UserAccounts accounts;

	CallerArgumentResolver(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Caller.class);
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		if (principal instanceof Caller caller) {
			return caller;
		}
		if (principal instanceof UserDetails user) {
			return this.accounts.caller(UUID.fromString(user.getUsername()))
				.orElseThrow(() -> new InsufficientAuthenticationException("This account no longer exists."));
		}
		throw new InsufficientAuthenticationException("Sign in or send an API token.");
	}

}
