package io.tradehub.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every endpoint needs a portal session or an API token, except health, metrics, the API
 * description and the few steps a prospect takes before having an account.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	/**
	 * What a visitor without an account may reach: joining through an invite or the
	 * invite link.
	 */
	static final RequestMatcher PUBLIC_API = new OrRequestMatcher(new AntPathRequestMatcher("/api/v1/registrations/**"),
			new AntPathRequestMatcher("/api/v1/invite-links/**"));

	/**
	 * The portal's registration pages for the same visitors; their forms keep CSRF
	 * protection.
	 */
	private static final RequestMatcher PUBLIC_PAGES = new OrRequestMatcher(new AntPathRequestMatcher("/register"),
			new AntPathRequestMatcher("/register/**"), new AntPathRequestMatcher("/join/**"));

	private static final RequestMatcher OPERATIONS = new OrRequestMatcher(
			new AntPathRequestMatcher("/actuator/health/**"), new AntPathRequestMatcher("/actuator/info"),
			new AntPathRequestMatcher("/actuator/prometheus"), new AntPathRequestMatcher("/v3/api-docs/**"),
			new AntPathRequestMatcher("/error"));

	private static final RequestMatcher API = new AntPathRequestMatcher("/api/**");

	/** The portal's style sheet, which the login page needs before anyone signs in. */
	private static final RequestMatcher PORTAL_ASSETS = new AntPathRequestMatcher("/css/**");

	private final CallerArgumentResolver callers;

	SecurityConfiguration(CallerArgumentResolver callers) {
		this.callers = callers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.callers);
	}

	/**
	 * An adaptive hash (bcrypt by default) behind the delegating encoder, so stored
	 * hashes can move to a stronger algorithm later without a password reset.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain hubSecurity(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems)
			throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC_API, PUBLIC_PAGES, OPERATIONS, PORTAL_ASSETS)
					.permitAll()
					.anyRequest()
					.authenticated())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems),
					UsernamePasswordAuthenticationFilter.class)
			// Browsers get CSRF protection through a cookie the page echoes in
			// X-XSRF-TOKEN; systems that send a
			// bearer token carry no ambient credentials and are exempt.
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(ApiTokenAuthenticationFilter::hasBearerToken)
				.ignoringRequestMatchers(PUBLIC_API)
				// An API call without a session cookie carries no ambient credentials to
				// abuse; it gets the 401
				// it deserves rather than a CSRF complaint. The login form stays
				// protected (login CSRF).
				.ignoringRequestMatchers(request -> API.matches(request) && !hasSessionCookie(request)))
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			// The portal's login page; signing in keeps Spring's session fixation
			// protection (a new session id).
			.formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl("/portal"))
			.logout(logout -> logout.permitAll())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(response,
						HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in or send an API token."), API)
				.defaultAccessDeniedHandlerFor((request, response, ex) -> problems.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden", String.valueOf(ex.getMessage())), API));
		return http.build();
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		return request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
			.anyMatch(cookie -> cookie.getName().equals("JSESSIONID"));
	}

	/**
	 * Loads the deferred CSRF token on every request, so the XSRF-TOKEN cookie is always
	 * there for the page to read.
	 */
	static class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
