package io.tradehub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tradehub, the B2B order-exchange hub: one Spring Boot service whose top-level packages
 * are its capabilities.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class TradehubApplication {

	public static void main(String[] args) {
		SpringApplication.run(TradehubApplication.class, args);
	}

}
