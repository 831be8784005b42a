package io.tradehub.production;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's {@code Dockerfile} checked without Docker: built on a JDK 17, run on a JRE 17
 * as an unprivileged user, with the production profile, the mappings and the port the hub
 * serves.
 */
class DockerfileTests {

	private static final String DOCKERFILE = ComposeFile.text("Dockerfile");

	/** The image's {@code FROM} lines, in order. */
	private static final List<String> STAGES = DOCKERFILE.lines().filter((line) -> line.startsWith("FROM ")).toList();

	@Test
	void buildsOnAJdk17AndRunsOnAJre17() {
		assertThat(STAGES).hasSizeGreaterThanOrEqualTo(2);
		assertThat(STAGES.get(0)).containsPattern("jdk-?17|17-jdk|eclipse-temurin-17").contains(" AS build");
		assertThat(STAGES.get(STAGES.size() - 1)).contains("17-jre");
		assertThat(DOCKERFILE).doesNotContainPattern("FROM [^ ]*\\.[a-z]+/");
	}

	@Test
	void runsAsAnUnprivilegedUser() {
		String runtime = DOCKERFILE.substring(DOCKERFILE.lastIndexOf("FROM "));
		Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(runtime);
		assertThat(user.find()).as("USER in the runtime stage").isTrue();
		assertThat(user.group(1)).isNotIn("root", "0", "0:0");
	}

	@Test
	void exposesThePortTheHubServesAndStartsTheJarTheBuildMakes() {
		assertThat(exposedPort())
			.isEqualTo(ComposeFile.properties("src/main/resources/application.yml").getProperty("server.port"));
		String jar = ComposeFile.text("pom.xml").replaceAll("(?s).*<finalName>([^<]+)</finalName>.*", "$1") + ".jar";
		assertThat(DOCKERFILE).contains("ENTRYPOINT [\"java\", \"-jar\", \"" + jar + "\"]");
	}

	@Test
	void runsTheProductionProfileWithTheMappingsAndRoutesFromAVolume() {
		assertThat(environment("SPRING_PROFILES_ACTIVE")).isEqualTo("production");
		assertThat(DOCKERFILE).containsPattern("(?m)^COPY mappings ");
		assertThat(DOCKERFILE).contains("VOLUME " + environment("TRADEHUB_ROUTES"));
		// everything is left out of the build context but what the build needs: never a
		// .env with secrets
		assertThat(ComposeFile.text(".dockerignore").lines().filter((line) -> !line.startsWith("#"))).first()
			.isEqualTo("*");
	}

	static String exposedPort() {
		return DOCKERFILE.replaceAll("(?s).*\nEXPOSE (\\d+)\n.*", "$1");
	}

	/** A variable the image sets with {@code ENV}. */
	static String environment(String name) {
		Matcher value = Pattern.compile("\\b" + name + "=(\\S+)").matcher(DOCKERFILE);
		assertThat(value.find()).as("ENV " + name).isTrue();
		return value.group(1);
	}

}
