package io.tradehub.tracking;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Edits of a canonical document's JSON that keep every other value exactly as written.
 */
final class Canonicals {

	// Decimals stay as written: 12.50 must not become 12.5 or a double.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private Canonicals() {
	}

	/** The same document under another hub id (a replay is a document of its own). */
	static String withHubId(String canonical, UUID hubId) {
		try {
			JsonNode tree = JSON.readTree(canonical);
			if (tree.get("envelope") instanceof ObjectNode envelope) {
				envelope.put("hubId", hubId.toString());
			}
			return JSON.writeValueAsString(tree);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored canonical JSON does not parse: " + ex.getOriginalMessage(), ex);
		}
	}

}
