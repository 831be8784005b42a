package io.tradehub.format.dryrun;

import java.time.Clock;
import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactMapper;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.shared.HubIds;
import org.jspecify.annotations.Nullable;

/**
 * Maps the messages of an EDI reading to canonical documents with the EDIFACT and X12
 * mappers; a message type the hub does not trade is refused by name.
 */
final class EdiDocuments {

	private static final String CHANNEL = "dry-run";

	private final X12Mapper x12 = new X12Mapper(X12Context.of(CHANNEL));

	void map(EdiReading reading, EancomQualifiers qualifiers, String file, List<CanonicalDocument> documents,
			List<DryRunProblem> problems) {
		EdifactMapper edifact = new EdifactMapper(HubIds::next, Clock.systemUTC(), qualifiers);
		for (Interchange interchange : reading.interchanges()) {
			for (EdiMessage message : interchange.messages()) {
				MappedMessage mapped = message.standard().equals("X12") ? this.x12.map(interchange, message)
						: edifact.map(interchange, message, CHANNEL);
				if (mapped.document() != null) {
					documents.add(mapped.document());
				}
				mapped.problems().forEach(problem -> problems.add(DryRunProblem.of(file, problem)));
			}
		}
	}

}
