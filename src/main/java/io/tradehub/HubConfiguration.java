package io.tradehub;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Beans every capability uses: the clock (so tests can move time) and asynchronous event
 * listeners.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class HubConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
