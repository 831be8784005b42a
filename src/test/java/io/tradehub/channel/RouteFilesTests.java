package io.tradehub.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A channel file becomes a route from its template, and a broken one is refused with its
 * file name and line, which is what stops the hub's start-up.
 */
class RouteFilesTests {

	@TempDir
	Path folder;

	private CamelContext context;

	@BeforeEach
	void templates() throws Exception {
		this.context = new DefaultCamelContext();
		// Nothing is delivered here: the JMS delivery never connects to its factory.
		this.context
			.addRoutes(new OutboundTemplates(new WebhookSender(), new JmsDelivery(new ActiveMQConnectionFactory())));
		this.context.addRoutes(new InboundTemplates());
		this.context.addRoutes(new MailTemplates());
	}

	@AfterEach
	void stop() {
		this.context.stop();
	}

	@Test
	void aChannelFileBecomesARouteOnItsOutboundEndpoint() throws IOException {
		Path outbox = this.folder.resolve("outbox/acme");
		Path file = write("acme.file-outbound.camel.yaml", """
				- templatedRoute:
				    routeTemplateRef: file-outbound
				    routeId: acme-file-out
				    parameters:
				      - name: folder
				        value: "{{env:TRADEHUB_TEST_UNSET_FOLDER:%s}}"
				""".formatted(outbox));
		RouteFiles.load(this.context, file);
		this.context.start();
		this.context.createProducerTemplate()
			.sendBodyAndHeader(Channels.outbound("acme-file-out"), "UNA:+.? '".getBytes(), Channels.FILE_NAME,
					"../../etc/orders.edi");
		// written atomically under the sanitised name, no temporary file left behind
		try (var files = Files.list(outbox)) {
			assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("orders.edi");
		}
		assertThat(outbox.resolve("orders.edi")).hasContent("UNA:+.? '");
	}

	@Test
	void badYamlNamesFileAndLine() throws IOException {
		Path file = write("acme.bad.camel.yaml", """
				- templatedRoute:
				    routeTemplateRef: file-outbound
				    routeId: acme-file-out
				    parameters:
				      - name: folder
				        value: [unclosed
				""");
		assertThatThrownBy(() -> RouteFiles.load(this.context, file)).isInstanceOf(InvalidRouteFileException.class)
			.hasMessageStartingWith(file + ":");
		assertThatThrownBy(() -> RouteFiles.load(this.context, file))
			.satisfies(ex -> assertThat(ex.getMessage()).matches("(?s).*acme\\.bad\\.camel\\.yaml:[67]: .*"));
	}

	@Test
	void unknownTemplateNamesFileAndLine() throws IOException {
		Path file = write("acme.typo.camel.yaml", """
				# a typo in the template's name
				- templatedRoute:
				    routeTemplateRef: file-outbond
				    routeId: acme-file-out
				    parameters:
				      - name: folder
				        value: out
				""");
		assertThatThrownBy(() -> RouteFiles.load(this.context, file)).isInstanceOf(InvalidRouteFileException.class)
			.hasMessageStartingWith(file + ":3: ")
			.hasMessageContaining("file-outbond");
	}

	@Test
	void missingParameterNamesFileLineAndParameter() throws IOException {
		Path file = write("acme.missing.camel.yaml", """
				- templatedRoute:
				    routeTemplateRef: file-inbound
				    routeId: acme-file-in
				    parameters:
				      - name: folder
				        value: in
				""");
		assertThatThrownBy(() -> RouteFiles.load(this.context, file)).isInstanceOf(InvalidRouteFileException.class)
			.hasMessageStartingWith(file + ":2: ")
			.hasMessageContaining("partner");
	}

	@Test
	void onlyCamelYamlFilesOfTheFolderItselfAreChannels() throws IOException {
		write("a.file-outbound.camel.yaml", "[]");
		write("README.md", "#");
		Files.createDirectories(this.folder.resolve("examples"));
		Files.writeString(this.folder.resolve("examples/b.camel.yaml"), "[]");
		assertThat(RouteFiles.in(this.folder)).extracting(path -> path.getFileName().toString())
			.containsExactly("a.file-outbound.camel.yaml");
		assertThat(RouteFiles.in(this.folder.resolve("absent"))).isEmpty();
	}

	@Test
	void everyExampleLoadsAndEveryTemplateHasOne() throws IOException {
		List<Path> examples = RouteFiles.in(Path.of("routes/examples"));
		examples.forEach(example -> RouteFiles.load(this.context, example));
		Set<String> templates = new TreeSet<>();
		for (Path example : examples) {
			Files.readAllLines(example)
				.stream()
				.filter(line -> line.contains("routeTemplateRef:"))
				.forEach(line -> templates.add(line.substring(line.indexOf(':') + 1).strip()));
		}
		assertThat(templates).containsExactlyInAnyOrder("file-inbound", "file-outbound", "sftp-inbound",
				"sftp-outbound", "imap-inbound", "smtp-outbound", "jms-inbound", "jms-outbound", "http-outbound");
		assertThat(this.context.getCamelContextExtension()
			.getContextPlugin(org.apache.camel.model.Model.class)
			.getRouteDefinitions()).hasSize(examples.size());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

}
