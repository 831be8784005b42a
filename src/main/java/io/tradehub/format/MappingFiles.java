package io.tradehub.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds mapping files under a mappings folder: a partner's own copy at
 * {@code partners/<partner>/<relative path>} wins over the standard file at
 * {@code <relative path>}.
 */
public final class MappingFiles {

	// Names become paths: only plain slugs, so a name can never climb out of mappings/.
	private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");

	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final Path mappings;

	/**
	 * Files already read, by path: the pipeline looks a partner's files up for every file
	 * it reads and every document it writes. A file changed since is read again.
	 */
	private final Map<Path, Stamped<Properties>> read = new ConcurrentHashMap<>();

	/**
	 * Qualifier files already checked, by path and mapping: checking a file costs more
	 * than the document it is looked up for. A file changed since is checked again.
	 */
	private final Map<List<Object>, Stamped<Map<String, String>>> checked = new ConcurrentHashMap<>();

	/** What was made of a file, and the file's modification time when it was. */
	private record Stamped<V>(FileTime modified, V value) {
	}

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

	/**
	 * A file of qualifier codes, such as {@code edifact/eancom.properties}: the partner's
	 * copy if it has one, else the standard file, checked against the standard codes.
	 * @param standard every key the file must set, with the standard's codes
	 * @param mapping what the codes are for, to name it in messages
	 * @throws IllegalArgumentException naming the file and line of a key the mapping does
	 * not know or a value that is not a code, or the keys the file lacks
	 */
	public Map<String, String> codes(@Nullable String partner, String folder, String name, Map<String, String> standard,
			String mapping) {
		Path file = resolve(partner, folder, name);
		return fresh(this.checked, List.of(file, mapping), file, (checked) -> check(checked, standard, mapping));
	}

	private Map<String, String> check(Path file, Map<String, String> standard, String mapping) {
		Properties properties = properties(file);
		Map<String, String> codes = new LinkedHashMap<>();
		for (String key : new TreeSet<>(properties.stringPropertyNames())) {
			String value = properties.getProperty(key).strip();
			if (!standard.containsKey(key)) {
				throw new IllegalArgumentException(file + " line " + lineOf(file, key) + ": '" + key
						+ "' is not a key of " + mapping + "; the keys are " + new TreeSet<>(standard.keySet()));
			}
			if (!CODE.matcher(value).matches()) {
				throw new IllegalArgumentException(file + " line " + lineOf(file, key) + ": " + key + "='" + value
						+ "' is not a code (1 to 3 capital letters or digits)");
			}
			codes.put(key, value);
		}
		TreeSet<String> missing = new TreeSet<>(standard.keySet());
		missing.removeAll(codes.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(file + " lacks " + String.join(", ", missing)
					+ ": a partner's copy replaces the whole standard file, so it sets every key");
		}
		return Collections.unmodifiableMap(codes);
	}

	/**
	 * What the cache holds for the key, made again from the file when the file changed
	 * since.
	 */
	private static <K, V> V fresh(Map<K, Stamped<V>> cache, K key, Path file, Function<Path, V> make) {
		FileTime modified;
		try {
			modified = Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read mapping file " + file, ex);
		}
		Stamped<V> known = cache.get(key);
		if (known == null || !known.modified().equals(modified)) {
			known = new Stamped<>(modified, make.apply(file));
			cache.put(key, known);
		}
		return known.value();
	}

	/**
	 * A properties file as UTF-8 (Java's default for properties is ISO-8859-1), read
	 * again only when it changed.
	 */
	public Properties properties(Path file) {
		Properties copy = new Properties();
		copy.putAll(fresh(this.read, file, file, MappingFiles::load));
		return copy;
	}

	private static Properties load(Path file) {
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
