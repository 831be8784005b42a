package io.tradehub.portal.partners;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The registration pages switch language with {@code ?lang=} like the signed-in pages: a
 * prospect reads them before having any account to keep a choice in.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languages = new LocaleChangeInterceptor();
		languages.setParamName("lang");
		languages.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languages).addPathPatterns("/register", "/register/**", "/join/**");
	}

}
