package io.tradehub.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.DocumentType;
import io.tradehub.shared.HubIds;
import org.jspecify.annotations.Nullable;

/**
 * Canonical documents for tracking tests: the EDIFACT D96A goldens with a fresh hub id
 * and the test's own companies in the envelope.
 */
final class TrackedDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TrackedDocuments() {
	}

	static CanonicalDocument document(DocumentType type, UUID sender, @Nullable UUID receiver, String number,
			@Nullable UUID answers) {
		String golden = switch (type) {
			case ORDER_REQUEST -> "order-request";
			case ANSWER -> "answer";
			case ORDER -> "order";
			case SHIPMENT_NOTICE -> "shipment-notice";
			case ORDER_RESPONSE -> "order-response";
			case ACKNOWLEDGEMENT -> throw new IllegalArgumentException("use acknowledgement()");
		};
		try (InputStream in = TrackedDocuments.class
			.getResourceAsStream("/io/tradehub/format/edifact/d96a/" + golden + ".canonical.json")) {
			JsonNode tree = JSON.readTree(in);
			ObjectNode envelope = (ObjectNode) tree.get("envelope");
			envelope.put("hubId", HubIds.next().toString());
			envelope.put("documentNumber", number);
			((ObjectNode) envelope.get("sender")).put("companyId", sender.toString());
			if (receiver != null) {
				((ObjectNode) envelope.get("receiver")).put("companyId", receiver.toString());
			}
			envelope.remove("answers");
			if (answers != null) {
				envelope.putObject("answers").put("hubId", answers.toString());
			}
			return CanonicalJson.read(JSON.writeValueAsString(tree));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
