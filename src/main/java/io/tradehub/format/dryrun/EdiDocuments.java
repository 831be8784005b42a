package io.tradehub.format.dryrun;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.MessageMapper;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactMapper;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.format.x12.X12Qualifiers;
import io.tradehub.shared.HubIds;
import org.jspecify.annotations.Nullable;

/**
 * Maps the messages of an EDI reading to canonical documents with the EDIFACT and X12
 * mappers; a message type the hub does not trade is refused by name.
 */
final class EdiDocuments {

	private static final String CHANNEL = "dry-run";

	private final MappingFiles files;

	EdiDocuments(MappingFiles files) {
		this.files = files;
	}

	/**
	 * Maps with the partner's codes for each standard the reading holds; a partner's code
	 * file that cannot be used is a problem of the input, not an exception.
	 */
	void map(EdiReading reading, @Nullable String partner, String file, List<CanonicalDocument> documents,
			List<DryRunProblem> problems) {
		Map<String, MessageMapper> mappers = new HashMap<>();
		for (Interchange interchange : reading.interchanges()) {
			MessageMapper mapper;
			try {
				mapper = mappers.computeIfAbsent(interchange.standard(), (standard) -> mapper(standard, partner));
			}
			catch (IllegalArgumentException ex) {
				problems.add(DryRunProblem.of(file, "MAPPING", ex.getMessage()));
				return;
			}
			for (EdiMessage message : interchange.messages()) {
				MappedMessage mapped = mapper.map(interchange, message);
				if (mapped.document() != null) {
					documents.add(mapped.document());
				}
				mapped.problems().forEach(problem -> problems.add(DryRunProblem.of(file, problem)));
			}
		}
	}

	private MessageMapper mapper(String standard, @Nullable String partner) {
		if (standard.equals("X12")) {
			return new X12Mapper(X12Context.of(CHANNEL).withQualifiers(X12Qualifiers.load(this.files, partner)));
		}
		EdifactMapper edifact = new EdifactMapper(HubIds::next, Clock.systemUTC(),
				EancomQualifiers.load(this.files, partner));
		return (interchange, message) -> edifact.map(interchange, message, CHANNEL);
	}

}
