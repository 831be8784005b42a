package io.tradehub.portal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the admin pages is there in English and in German.
 */
class AdminTextsTests {

	@Test
	void englishAndGermanHaveTheSameTexts() throws IOException {
		Properties english = load("/messages/portal-admin.properties");
		Properties german = load("/messages/portal-admin_de.properties");

		assertThat(english).isNotEmpty();
		assertThat(german.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
		assertThat(german).allSatisfy((key, text) -> assertThat(text.toString()).as(key.toString()).isNotBlank());
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = AdminTextsTests.class.getResourceAsStream(resource)) {
			texts.load(in);
		}
		return texts;
	}

}
