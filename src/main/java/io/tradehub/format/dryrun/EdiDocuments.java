package io.tradehub.format.dryrun;

import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;

/**
 * Maps the messages of an EDI reading to canonical documents; a message type the hub does
 * not trade is refused by name.
 */
final class EdiDocuments {

	private EdiDocuments() {
	}

	static void map(EdiReading reading, String file, List<CanonicalDocument> documents, List<DryRunProblem> problems) {
		for (Interchange interchange : reading.interchanges()) {
			for (EdiMessage message : interchange.messages()) {
				message.unsupportedType()
					.ifPresentOrElse(problem -> problems.add(DryRunProblem.of(file, problem)),
							() -> problems.add(DryRunProblem.of(file, "MAPPING_MISSING", "Mapping " + message.standard()
									+ " " + message.type() + " to canonical documents is not built yet")));
			}
		}
	}

}
