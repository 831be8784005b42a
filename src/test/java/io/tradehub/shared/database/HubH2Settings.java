package io.tradehub.shared.database;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradehub.test.HubSettings;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of the hub's H2 database (application.yml) that decide when it stores.
 */
final class HubH2Settings {

	private HubH2Settings() {
	}

	/** {@code ;WRITE_DELAY=...;AUTO_COMPACT_FILL_RATE=...}, as the hub has them. */
	static String storing() {
		String url = HubSettings.of("spring.datasource.url");
		return setting(url, "WRITE_DELAY") + setting(url, "AUTO_COMPACT_FILL_RATE");
	}

	/** How long a store waits for more commits to join it, as the hub has it. */
	static Duration commitDelay() {
		return DurationStyle.detectAndParse(HubSettings.of("tradehub.database.commit-delay"));
	}

	private static String setting(String url, String name) {
		Matcher setting = Pattern.compile(";" + name + "=\\d+").matcher(url);
		assertThat(setting.find()).as("the hub's %s", name).isTrue();
		return setting.group();
	}

}
