package io.tradehub.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tradehub.test.TestNginx;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * {@code docker-compose.yml} checked as far as a machine without Docker allows: it
 * parses, it names every service of the production layout, and it agrees with the files
 * it starts them with (the production profile, the load balancer's template, the partner
 * channels, {@code .env.example}). Each service runs in the tests in a process of its
 * own: PostgreSQL ({@code TestPostgres}), Artemis ({@code TestBroker}), nginx
 * ({@code TestNginx}), SFTP (MINA SSHD), mail (GreenMail) and the hubs.
 */
class ComposeFileTests {

	private static final List<String> HUBS = List.of("hub1", "hub2");

	/**
	 * Written by another part of issue 8 (scale-out); see
	 * {@link #everyLocalFileItMountsExists()}.
	 */

	private final ComposeFile compose = ComposeFile.read();

	@Test
	void namesEveryServiceOfTheProductionLayout() {
		assertThat(this.compose.services()).containsOnlyKeys("postgres", "artemis", "sftp", "mail", "hub1", "hub2",
				"lb");
		assertThat(image("postgres")).startsWith("postgres:15");
		assertThat(image("artemis")).startsWith("apache/activemq-artemis:");
		assertThat(image("sftp")).startsWith("atmoz/sftp");
		assertThat(image("mail")).startsWith("greenmail/standalone:");
		assertThat(image("lb")).startsWith("nginx:");
		HUBS.forEach((hub) -> assertThat(this.compose.service(hub)).containsEntry("build", "."));
	}

	@Test
	void postgresTakesThePoolsOfTwiceAsManyHubs() {
		Matcher pool = Pattern.compile("maximum-pool-size: \\$\\{TRADEHUB_DB_POOL_SIZE:(\\d+)}")
			.matcher(ComposeFile.text("src/main/resources/application-production.yml"));
		assertThat(pool.find()).as("the production pool's default size").isTrue();
		Matcher connections = Pattern.compile("max_connections=(\\d+)")
			.matcher(String.valueOf(this.compose.service("postgres").get("command")));
		assertThat(connections.find()).as("PostgreSQL's max_connections").isTrue();
		assertThat(Integer.parseInt(connections.group(1)))
			.isGreaterThanOrEqualTo(2 * HUBS.size() * Integer.parseInt(pool.group(1)));
	}

	@Test
	void givesBothHubsEveryVariableTheProductionProfileNeeds() {
		Set<String> needed = ComposeFile.required(ComposeFile.text("src/main/resources/application-production.yml"));
		assertThat(needed).contains("TRADEHUB_DB_URL", "TRADEHUB_BROKER_URL");
		for (String hub : HUBS) {
			assertThat(this.compose.environment(hub)).as(hub).containsKeys(needed.toArray(String[]::new));
			assertThat(this.compose.environment(hub)).as(hub).contains(entry("SPRING_PROFILES_ACTIVE", "production"));
		}
	}

	@Test
	void theHubsDifferInNothing() {
		// any instance serves any request and takes any queue's work
		assertThat(this.compose.service("hub2")).isEqualTo(this.compose.service("hub1"));
	}

	@Test
	void theLoadBalancerSendsToTheHubServicesOnThePortTheyServe() {
		String template = ComposeFile.text(TestNginx.TEMPLATE.toString());
		Map<String, Object> environment = this.compose.environment("lb");
		assertThat(environment).containsKeys(TestNginx.variables(template).toArray(String[]::new));
		String port = DockerfileTests.exposedPort();
		assertThat(List.of(environment.get("TRADEHUB_HUB1"), environment.get("TRADEHUB_HUB2")))
			.containsExactlyInAnyOrderElementsOf(HUBS.stream().map((hub) -> hub + ":" + port).toList());
		assertThat(ComposeFile.strings(this.compose.service("lb").get("ports")))
			.anyMatch((mapping) -> mapping.endsWith(":" + environment.get("TRADEHUB_LB_LISTEN")));
		assertThat(this.compose.volumes("lb"))
			.anyMatch((volume) -> volume.startsWith("./" + TestNginx.TEMPLATE + ":/etc/nginx/templates/"));
	}

	@Test
	void startsTheHubsOnceTheirServicesAreThereAndTheBalancerOnceTheHubsAreReady() {
		for (String hub : HUBS) {
			assertThat(this.compose.dependsOn(hub)).containsEntry("postgres", "service_healthy")
				.containsEntry("artemis", "service_healthy")
				.containsKeys("sftp", "mail");
			assertThat(String.valueOf(ComposeFile.map(this.compose.service(hub).get("healthcheck")).get("test")))
				.contains("http://localhost:" + DockerfileTests.exposedPort() + "/actuator/health/readiness");
		}
		assertThat(this.compose.service("postgres")).containsKey("healthcheck");
		assertThat(this.compose.service("artemis")).containsKey("healthcheck");
		assertThat(this.compose.dependsOn("lb")).containsEntry("hub1", "service_healthy")
			.containsEntry("hub2", "service_healthy");
	}

	/**
	 * Docker kills what has not stopped within stop_grace_period: the hub's web server
	 * and Camel must have had their full time to finish or roll back by then.
	 */
	@Test
	void waitsForAHubLongerThanItsGracefulShutdownTakes() {
		Properties production = ComposeFile.properties("src/main/resources/application-production.yml");
		Duration web = DurationStyle
			.detectAndParse(production.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
		Duration camel = Duration.ofSeconds(Long.parseLong(production.getProperty("camel.main.shutdown-timeout")));
		for (String hub : HUBS) {
			Duration grace = DurationStyle
				.detectAndParse(String.valueOf(this.compose.service(hub).get("stop_grace_period")));
			assertThat(grace).as(hub).isGreaterThan(web.plus(camel).plusSeconds(10));
		}
	}

	/**
	 * The demo partner's channels (deploy/routes/) log in to the compose file's SFTP
	 * server, with an account and folders it makes, and a password both hubs are given.
	 */
	@Test
	void theDemoPartnersChannelsUseTheSftpServersAccountAndAPasswordBothHubsHave() {
		// user:password:uid:gid:folders, the password a variable with a colon of its own
		String account = String.valueOf(this.compose.service("sftp").get("command"));
		String user = account.substring(0, account.indexOf(':'));
		List<String> folders = List.of(account.substring(account.lastIndexOf(':') + 1).split(","));
		List<String> templates = new ArrayList<>();
		for (Map<String, String> route : routes()) {
			templates.add(route.get("template"));
			if (route.get("template").startsWith("sftp-")) {
				assertThat(route).containsEntry("host", "sftp").containsEntry("username", user);
				assertThat(folders).contains(route.get("directory"));
				String variable = route.get("password").replaceAll("^\\{\\{env:(.+)}}$", "$1");
				HUBS.forEach((hub) -> assertThat(this.compose.environment(hub)).containsKey(variable));
			}
		}
		assertThat(templates).contains("sftp-inbound", "sftp-outbound");
		HUBS.forEach((hub) -> assertThat(this.compose.volumes(hub))
			.contains("./deploy/routes:" + DockerfileTests.environment("TRADEHUB_ROUTES") + ":ro"));
	}

	@Test
	void everyLocalFileItMountsExists() {
		List<String> missing = new ArrayList<>();
		for (String service : this.compose.services().keySet()) {
			this.compose.volumes(service)
				.stream()
				.map((volume) -> volume.substring(0, volume.indexOf(':')))
				.filter((source) -> source.startsWith("./") && !Files.exists(Path.of(source)))
				.forEach(missing::add);
		}
		assertThat(missing).isEmpty();
	}

	private String image(String service) {
		return String.valueOf(this.compose.service(service).get("image"));
	}

	/** Each route of deploy/routes/: its template and parameters. */
	private static List<Map<String, String>> routes() {
		List<Map<String, String>> routes = new ArrayList<>();
		try (var files = Files.list(Path.of("deploy/routes"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".camel.yaml")).toList()) {
				List<Map<String, Object>> entries = new Yaml().load(Files.readString(file));
				for (Map<String, Object> entry : entries) {
					Map<String, Object> route = ComposeFile.map(entry.get("templatedRoute"));
					Map<String, String> parameters = new HashMap<>();
					parameters.put("template", String.valueOf(route.get("routeTemplateRef")));
					for (Object parameter : (List<?>) route.get("parameters")) {
						Map<String, Object> pair = ComposeFile.map(parameter);
						parameters.put(String.valueOf(pair.get("name")), String.valueOf(pair.get("value")));
					}
					routes.add(parameters);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return routes;
	}

	@Test
	void everyVariableItUsesIsInTheEnvExampleWithoutARealSecret() {
		Properties example = new Properties();
		example.putAll(ComposeFile.text(".env.example")
			.lines()
			.filter((line) -> line.contains("=") && !line.startsWith("#"))
			.collect(Collectors.toMap((line) -> line.substring(0, line.indexOf('=')),
					(line) -> line.substring(line.indexOf('=') + 1))));
		assertThat(example.stringPropertyNames()).containsAll(ComposeFile.variables(this.compose.text()));
		assertThat(example.stringPropertyNames().stream().filter((name) -> name.endsWith("PASSWORD"))).isNotEmpty()
			.allSatisfy((name) -> assertThat(example.getProperty(name)).startsWith("change-me"));
		assertThat(ComposeFile.text(".gitignore").lines()).contains(".env");
	}

}
