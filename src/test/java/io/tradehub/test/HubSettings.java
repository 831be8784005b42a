package io.tradehub.test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's own settings (application.yml, as Spring Boot flattens it), for tests that
 * must run with what the hub runs with, not with the test harness's.
 */
public final class HubSettings {

	private HubSettings() {
	}

	/** The setting of that name; a test fails when the hub has none. */
	public static String of(String name) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String value = yaml.getObject().getProperty(name);
		assertThat(value).as("the hub's %s (application.yml)", name).isNotNull();
		return value;
	}

}
