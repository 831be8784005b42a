package io.tradehub;

import java.util.List;

import io.tradehub.format.dryrun.DryRunCommand;

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
		if (args.length > 0 && args[0].equals("dry-run")) {
			// The dry run reads files the way the hub does without starting it: no
			// database, broker or web server.
			System.exit(DryRunCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(TradehubApplication.class, args);
	}

}
