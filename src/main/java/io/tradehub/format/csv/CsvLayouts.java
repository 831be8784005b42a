package io.tradehub.format.csv;

import java.nio.file.Path;

import io.tradehub.format.MappingFiles;
import org.jspecify.annotations.Nullable;

/**
 * Finds CSV layouts under a mappings folder: a partner's own layout in
 * {@code partners/<partner>/csv/<name>.properties} wins over the standard
 * {@code csv/<name>.properties}.
 */
public final class CsvLayouts {

	private final MappingFiles files;

	public CsvLayouts(Path mappings) {
		this.files = new MappingFiles(mappings);
	}

	/** The standard layout of that name. */
	public CsvLayout layout(String name) {
		return layout(name, null);
	}

	/** The partner's layout of that name if there is one, else the standard one. */
	public CsvLayout layout(String name, @Nullable String partner) {
		return CsvLayout.from(name, this.files.properties(path(name, partner)));
	}

	/** Where the layout is read from, after applying the partner override. */
	public Path path(String name, @Nullable String partner) {
		return this.files.resolve(partner, "csv", name + ".properties");
	}

}
