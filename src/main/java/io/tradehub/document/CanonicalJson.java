package io.tradehub.document;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of canonical documents, the same for the REST API, the dry run, the
 * JMS channels of ERP systems and the tracking store: ISO dates, amounts as exact
 * decimals, no null fields, unknown fields refused. Errors name the line and column,
 * never echo the document.
 */
public final class CanonicalJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build()
		.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

	private CanonicalJson() {
	}

	public static String write(CanonicalDocument document) {
		try {
			return MAPPER.writeValueAsString(document);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A canonical document always has a JSON form", ex);
		}
	}

	/**
	 * Writes several documents as one JSON array, each with its type.
	 */
	public static String writeAll(java.util.List<? extends CanonicalDocument> documents) {
		try {
			return MAPPER
				.writerFor(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<CanonicalDocument>>() {
				})
				.writeValueAsString(documents);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Canonical documents always have a JSON form", ex);
		}
	}

	/**
	 * Reads a document; a malformed one fails with Jackson's exception, which names the
	 * line, column and path.
	 */
	public static CanonicalDocument read(String json) throws IOException {
		return MAPPER.readValue(json, CanonicalDocument.class);
	}

	/**
	 * Reads an array of documents.
	 */
	public static java.util.List<CanonicalDocument> readAll(String json) throws IOException {
		return MAPPER.readerForListOf(CanonicalDocument.class).readValue(json);
	}

	public static CanonicalDocument readUnchecked(String json) {
		try {
			return read(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
