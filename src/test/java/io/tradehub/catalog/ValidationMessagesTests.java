package io.tradehub.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's problems are said in the language of the request: the portal's German user
 * reads German beside the field, a client without a language English, and both message
 * files know the same problems.
 */
class ValidationMessagesTests {

	private final LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();

	ValidationMessagesTests() {
		this.validator.afterPropertiesSet();
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aBadUnitIsExplainedInTheRequestsLanguage() {
		ProductForm form = new ProductForm(null, "Cheese", "piece", BigDecimal.ONE, "EUR", true);

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.validator.validate(form)).singleElement()
			.satisfies(v -> assertThat(v.getMessage()).isEqualTo("must be a UN/ECE unit code such as PCE or KGM"));
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(this.validator.validate(form)).singleElement()
			.satisfies(v -> assertThat(v.getMessage())
				.isEqualTo("muss ein Einheitencode nach UN/ECE sein, etwa PCE oder KGM"));
	}

	@Test
	void bothLanguagesKnowTheSameProblems() throws IOException {
		assertThat(load("ValidationMessages_de.properties").keySet())
			.isEqualTo(load("ValidationMessages.properties").keySet());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ValidationMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

}
