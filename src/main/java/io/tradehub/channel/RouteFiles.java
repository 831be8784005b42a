package io.tradehub.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.ResourceHelper;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Loads the {@code *.camel.yaml} files of one folder (not its subfolders, so
 * {@code routes/examples/} stays out) into Camel, one at a time, so a broken file is
 * reported with its name and line rather than Camel's bare message.
 */
final class RouteFiles {

	static final String PATTERN = "*.camel.yaml";

	private RouteFiles() {
	}

	static List<Path> in(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".camel.yaml"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void load(CamelContext context, Path file) {
		Resource resource = ResourceHelper.resolveResource(context, "file:" + file.toAbsolutePath());
		try {
			ChannelRoutesLoader.installIn(context).loadRoutes(resource);
		}
		catch (Exception ex) {
			throw new InvalidRouteFileException(file, line(ex, file), problem(ex), ex);
		}
	}

	/**
	 * The YAML parser knows the line of a syntax or model error; Camel's template errors
	 * (unknown template, missing parameter) come after parsing, so those point at the
	 * file's {@code routeTemplateRef}.
	 */
	private static int line(Throwable ex, Path file) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MarkedYamlEngineException marked) {
				Optional<Integer> line = marked.getProblemMark()
					.or(marked::getContextMark)
					.map(mark -> mark.getLine() + 1);
				if (line.isPresent()) {
					return line.get();
				}
			}
		}
		return lineOf(file, "routeTemplateRef");
	}

	private static int lineOf(Path file, String text) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(text)) {
					return i + 1;
				}
			}
			return 1;
		}
		catch (IOException ex) {
			return 1;
		}
	}

	private static String problem(Throwable ex) {
		Throwable deepest = ex;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		String message = (deepest.getMessage() != null) ? deepest.getMessage() : deepest.toString();
		return message.strip().replaceAll("\\s+", " ");
	}

}
