package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Channel files for {@code routes/}, written as an integrator would: one templated route
 * per file.
 */
public final class TestRoutes {

	private TestRoutes() {
	}

	/**
	 * @param parameters one {@code name: value} per line, the value as YAML reads it
	 */
	public static Path write(Path routes, String name, String template, String routeId, String parameters) {
		String list = parameters.lines().map((line) -> {
			int colon = line.indexOf(':');
			return parameter(line.substring(0, colon), line.substring(colon + 1).strip());
		}).collect(Collectors.joining());
		return file(routes, name, template, routeId, list);
	}

	/**
	 * @param parameters each value written as a YAML string
	 */
	public static Path write(Path routes, String name, String template, String routeId,
			Map<String, String> parameters) {
		String list = parameters.entrySet()
			.stream()
			.map((entry) -> parameter(entry.getKey(),
					"\"" + entry.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\""))
			.collect(Collectors.joining());
		return file(routes, name, template, routeId, list);
	}

	private static String parameter(String name, String value) {
		return "      - name: " + name + "\n        value: " + value + "\n";
	}

	private static Path file(Path routes, String name, String template, String routeId, String parameters) {
		String yaml = "- templatedRoute:\n    routeTemplateRef: " + template + "\n    routeId: " + routeId
				+ "\n    parameters:\n" + parameters;
		try {
			// written aside and moved in, so a reload never sees half a file
			Files.createDirectories(routes);
			Path aside = Files.writeString(routes.resolve("." + name + ".writing"), yaml);
			return Files.move(aside, routes.resolve(name + ".camel.yaml"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
