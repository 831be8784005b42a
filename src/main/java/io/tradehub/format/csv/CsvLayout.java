package io.tradehub.format.csv;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One CSV file shape, as declared in a {@code mappings/csv/<name>.properties} file: how
 * cells are separated and quoted, and which column holds which canonical field.
 *
 * @param columns the column names in file order; their count is the expected column count
 * @param fields canonical field name to column name
 * @param references reference kind (an RFF qualifier such as {@code BO}) to column name
 * @param identityQualifier prefixed as {@code qualifier:} to party identities read from
 * the file, or null to keep them as written
 */
public record CsvLayout(String name, Kind kind, char separator, char quote, boolean quoteAll, boolean header,
		char decimal, Charset charset, String lineEnd, boolean trim, Currency currency, String unit,
		DateTimeFormatter dates, String datePattern, @Nullable String identityQualifier, List<String> columns,
		Map<String, String> fields, Map<String, String> references) {

	/** What a layout's rows become. */
	public enum Kind {

		/** Order lines, grouped into canonical ORDERs. */
		ORDER,

		/** Catalog articles with their prices. */
		CATALOG

	}

	static final Set<String> ORDER_FIELDS = Set.of("documentNumber", "documentDate", "sender", "senderName", "receiver",
			"receiverName", "requestedDelivery", "note", "shipTo.name", "shipTo.street", "shipTo.postalCode",
			"shipTo.city", "shipTo.country", "shipTo.identity", "lineNumber", "sku", "gtin", "buyerCode", "description",
			"quantity", "unit", "unitPrice");

	static final Set<String> CATALOG_FIELDS = Set.of("sku", "gtin", "buyerCode", "description", "size", "colour",
			"unit", "price", "promoPrice", "validFrom", "validUntil");

	/**
	 * Reads a layout; a mistake in the file (a field mapped to a column it does not list,
	 * an unknown field) fails here, when the layout is loaded, never on a partner's file.
	 */
	public static CsvLayout from(String name, Properties properties) {
		Kind kind = Kind.valueOf(required(properties, "kind").toUpperCase());
		List<String> columns = Arrays.stream(required(properties, "columns").split(",")).map(String::trim).toList();
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> references = new LinkedHashMap<>();
		for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
			String column = properties.getProperty(key).trim();
			if (key.startsWith("field.") || key.startsWith("reference.")) {
				if (!columns.contains(column)) {
					throw new IllegalArgumentException(
							"CSV layout " + name + ": " + key + " names column " + column + ", not in columns");
				}
			}
			if (key.startsWith("field.")) {
				String field = key.substring("field.".length());
				if (!(kind == Kind.ORDER ? ORDER_FIELDS : CATALOG_FIELDS).contains(field)) {
					throw new IllegalArgumentException("CSV layout " + name + ": unknown field " + field);
				}
				fields.put(field, column);
			}
			else if (key.startsWith("reference.")) {
				references.put(key.substring("reference.".length()), column);
			}
		}
		String datePattern = properties.getProperty("datePattern", "yyyy-MM-dd");
		String lineEnd = properties.getProperty("lineEnd", "CRLF").equals("LF") ? "\n" : "\r\n";
		return new CsvLayout(name, kind, single(properties, "separator", ","), single(properties, "quote", "\""),
				Boolean.parseBoolean(properties.getProperty("quoteAll", "false")),
				Boolean.parseBoolean(required(properties, "header")), single(properties, "decimal", "."),
				Charset.forName(properties.getProperty("charset", "UTF-8")), lineEnd,
				Boolean.parseBoolean(properties.getProperty("trim", "true")),
				Currency.getInstance(properties.getProperty("currency", "EUR")), properties.getProperty("unit", "PCE"),
				DateTimeFormatter.ofPattern(datePattern), datePattern, properties.getProperty("identityQualifier"),
				columns, Map.copyOf(fields), Map.copyOf(references));
	}

	/** The 0-based index of the column holding a canonical field, or -1 if none does. */
	public int indexOf(String field) {
		String column = this.fields.get(field);
		return column == null ? -1 : this.columns.indexOf(column);
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A CSV layout needs " + key);
		}
		return value.trim();
	}

	private static char single(Properties properties, String key, String fallback) {
		String value = properties.getProperty(key, fallback);
		if (value.length() != 1) {
			throw new IllegalArgumentException("A CSV layout's " + key + " is one character, not '" + value + "'");
		}
		return value.charAt(0);
	}

}
