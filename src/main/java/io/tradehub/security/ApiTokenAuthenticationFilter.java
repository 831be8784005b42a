package io.tradehub.security;

import java.io.IOException;
import java.util.List;

import io.tradehub.shared.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer th_...} requests. A token that is unknown or
 * revoked ends the request with 401 rather than falling back to anonymous access.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ProblemResponses problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.startsWith(BEARER);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
		Caller caller = this.tokens.authenticate(secret).orElse(null);
		if (caller == null) {
			this.problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"The API token is unknown or revoked.");
			return;
		}
		var authentication = new UsernamePasswordAuthenticationToken(caller, null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM")));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
