package io.tradehub.portal;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks English or German: a user picks one with {@code ?lang=} and the
 * choice is kept in a cookie, so it outlives the session and survives signing in. Until
 * then the browser's Accept-Language decides, as it did before the portal existed.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tradehub-language");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languages = new LocaleChangeInterceptor();
		languages.setParamName("lang");
		// An unknown language in a link is ignored rather than an error page.
		languages.setIgnoreInvalidLocale(true);
		// The registration pages too: a prospect reads them before having an account.
		registry.addInterceptor(languages)
			.addPathPatterns("/portal/**", "/portal", "/login", "/register", "/register/**", "/join/**");
	}

}
