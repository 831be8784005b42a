package io.tradehub.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The project's deployment files as the tests read them: {@code docker-compose.yml}
 * parsed (YAML merge keys resolved, as Compose resolves them), its services and their
 * settings, and the text of the other files beside it.
 */
record ComposeFile(Map<String, Object> root, String text) {

	/**
	 * {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?error}}; not
	 * {@code $${...}}.
	 */
	private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?=[}:?-])");

	/** {@code ${NAME}} alone, without a default. */
	private static final Pattern REQUIRED = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

	static ComposeFile read() {
		String text = text("docker-compose.yml");
		return new ComposeFile(new Yaml().load(text), text);
	}

	static String text(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A YAML file of the project as Spring Boot flattens it. */
	static Properties properties(String file) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new FileSystemResource(file));
		return yaml.getObject();
	}

	/** The names of the environment variables the text uses as {@code ${NAME...}}. */
	static Set<String> variables(String text) {
		return names(VARIABLE, text);
	}

	/** The variables the text needs: those it uses without a default. */
	static Set<String> required(String text) {
		return names(REQUIRED, text);
	}

	private static Set<String> names(Pattern pattern, String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	Map<String, Object> services() {
		return map(this.root.get("services"));
	}

	Map<String, Object> service(String name) {
		return map(services().get(name));
	}

	Map<String, Object> environment(String service) {
		return map(service(service).getOrDefault("environment", Map.of()));
	}

	/** The service's volumes, each as written: {@code source:target[:mode]}. */
	List<String> volumes(String service) {
		return strings(service(service).getOrDefault("volumes", List.of()));
	}

	/** The condition each service this one depends on must reach first. */
	Map<String, String> dependsOn(String service) {
		Map<String, String> conditions = new LinkedHashMap<>();
		map(service(service).getOrDefault("depends_on", Map.of()))
			.forEach((name, settings) -> conditions.put(name, String.valueOf(map(settings).get("condition"))));
		return conditions;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return (List<String>) value;
	}

}
