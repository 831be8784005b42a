package io.tradehub.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.tradehub.TradehubApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hub does not start with a broken channel file, and says which file and line.
 */
class BrokenRoutesStartupTests {

	@TempDir
	Path folder;

	@Test
	void anUnknownTemplateStopsStartUpNamingFileAndLine() throws IOException {
		Path routes = Files.createDirectories(this.folder.resolve("routes"));
		Path file = Files.writeString(routes.resolve("acme.file-inbound.camel.yaml"), """
				- templatedRoute:
				    routeTemplateRef: file-inbund
				    routeId: acme-file-in
				    parameters:
				      - name: partner
				        value: acme
				""");
		// command-line arguments: they win over application.yml, as an operator's would
		String[] arguments = { "--tradehub.routes=" + routes, "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:broken-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"--spring.artemis.embedded.data-directory=" + this.folder.resolve("artemis"),
				"--tradehub.mail.endpoint=file:" + this.folder.resolve("mail") };
		SpringApplicationBuilder hub = new SpringApplicationBuilder(TradehubApplication.class);
		assertThatThrownBy(() -> hub.run(arguments).close())
			.hasStackTraceContaining(InvalidRouteFileException.class.getName() + ": " + file
					+ ":2: Cannot find RouteTemplate with id file-inbund");
	}

}
