package io.tradehub.production;

import java.nio.file.Path;

import io.tradehub.TradehubApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production profile takes its database from the environment and refuses to start
 * without it, naming the variable, rather than falling back to a local H2 file that only
 * one instance would see.
 */
class ProductionProfileTests {

	@TempDir
	Path folder;

	@Test
	void aMissingDatabaseUrlStopsStartUpNamingTheVariable() {
		assumeTrue(System.getenv("TRADEHUB_DB_URL") == null, "TRADEHUB_DB_URL is set in this environment");
		// Every other variable the profile needs is there, as command-line arguments win
		// over the environment; nothing is listening at the broker's address.
		String[] arguments = { "--server.port=0", "--TRADEHUB_DB_USER=tradehub", "--TRADEHUB_DB_PASSWORD=secret",
				"--TRADEHUB_BROKER_URL=tcp://127.0.0.1:1", "--TRADEHUB_BROKER_USER=hub",
				"--TRADEHUB_BROKER_PASSWORD=secret", "--TRADEHUB_PUBLIC_URL=https://hub.example.com",
				"--TRADEHUB_MAIL_ENDPOINT=file:" + this.folder.resolve("mail") };
		SpringApplicationBuilder hub = new SpringApplicationBuilder(TradehubApplication.class).profiles("production");

		assertThatThrownBy(() -> hub.run(arguments).close())
			.hasMessageStartingWith("The hub cannot start without spring.datasource.url (profiles production)")
			.hasMessageContaining("Could not resolve placeholder 'TRADEHUB_DB_URL'");
	}

}
