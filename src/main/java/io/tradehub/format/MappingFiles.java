package io.tradehub.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds mapping files under a mappings folder: a partner's own copy at
 * {@code partners/<partner>/<relative path>} wins over the standard file at
 * {@code <relative path>}.
 */
public final class MappingFiles {

	// Names become paths: only plain slugs, so a name can never climb out of mappings/.
	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final Path mappings;

	public MappingFiles(Path mappings) {
		this.mappings = mappings;
	}

	public Path folder() {
		return this.mappings;
	}

	/**
	 * The partner's file if it has one, else the standard one.
	 * @param partner the partner whose override applies, or null for the standard file
	 * @param folder the mapping's folder, such as {@code csv} or {@code edifact}
	 * @param name the file name in that folder
	 * @throws IllegalArgumentException when a name is not a plain name or there is no
	 * such standard file
	 */
	public Path resolve(@Nullable String partner, String folder, String name) {
		slug(folder);
		slug(name);
		if (partner != null) {
			Path override = this.mappings.resolve("partners").resolve(slug(partner)).resolve(folder).resolve(name);
			if (Files.isRegularFile(override)) {
				return override;
			}
		}
		Path standard = this.mappings.resolve(folder).resolve(name);
		if (!Files.isRegularFile(standard)) {
			throw new IllegalArgumentException("No mapping file " + folder + "/" + name + " in " + this.mappings);
		}
		return standard;
	}

	/** A properties file as UTF-8 (Java's default for properties is ISO-8859-1). */
	public static Properties properties(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read mapping file " + file, ex);
		}
		return properties;
	}

	/**
	 * The line a key is set on, for messages that name it; 0 when it cannot be found.
	 */
	public static int lineOf(Path file, String key) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).stripLeading();
				if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:].*")) {
					return i + 1;
				}
			}
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read mapping file " + file, ex);
		}
	}

	private static String slug(String name) {
		if (!SLUG.matcher(name).matches() || name.contains("..")) {
			throw new IllegalArgumentException("Not a mapping or partner name: " + name);
		}
		return name;
	}

}
