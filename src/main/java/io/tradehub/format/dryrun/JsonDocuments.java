package io.tradehub.format.dryrun;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;

/**
 * Reads canonical JSON: one document or an array of them.
 */
final class JsonDocuments {

	private JsonDocuments() {
	}

	static void read(DryRun.Input input, List<CanonicalDocument> documents, List<DryRunProblem> problems) {
		String json = DryRun.text(input.bytes()).strip();
		try {
			documents.addAll(json.startsWith("[") ? CanonicalJson.readAll(json) : List.of(CanonicalJson.read(json)));
		}
		catch (JsonProcessingException ex) {
			JsonLocation at = ex.getLocation();
			problems.add(new DryRunProblem(input.name(), "JSON", null, null, at == null ? null : at.getLineNr(),
					at == null ? null : at.getColumnNr(), null, ex.getOriginalMessage()));
		}
		catch (IOException | IllegalArgumentException ex) {
			problems.add(DryRunProblem.of(input.name(), "JSON", String.valueOf(ex.getMessage())));
		}
	}

}
