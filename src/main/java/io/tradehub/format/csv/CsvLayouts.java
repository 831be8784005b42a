package io.tradehub.format.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds CSV layouts under a mappings folder: a partner's own layout in
 * {@code partners/<partner>/csv/<name>.properties} wins over the standard
 * {@code csv/<name>.properties}.
 */
public final class CsvLayouts {

	// Names become paths: only plain slugs, so a name can never climb out of mappings/.
	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final Path mappings;

	public CsvLayouts(Path mappings) {
		this.mappings = mappings;
	}

	/** The standard layout of that name. */
	public CsvLayout layout(String name) {
		return layout(name, null);
	}

	/** The partner's layout of that name if there is one, else the standard one. */
	public CsvLayout layout(String name, @Nullable String partner) {
		Path file = path(name, partner);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read CSV layout " + file, ex);
		}
		return CsvLayout.from(name, properties);
	}

	/** Where the layout is read from, after applying the partner override. */
	public Path path(String name, @Nullable String partner) {
		String file = slug(name) + ".properties";
		if (partner != null) {
			Path override = this.mappings.resolve("partners").resolve(slug(partner)).resolve("csv").resolve(file);
			if (Files.isRegularFile(override)) {
				return override;
			}
		}
		Path standard = this.mappings.resolve("csv").resolve(file);
		if (!Files.isRegularFile(standard)) {
			throw new IllegalArgumentException("No CSV layout named " + name + " in " + this.mappings);
		}
		return standard;
	}

	private static String slug(String name) {
		if (!SLUG.matcher(name).matches() || name.contains("..")) {
			throw new IllegalArgumentException("Not a layout or partner name: " + name);
		}
		return name;
	}

}
