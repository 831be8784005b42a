package io.tradehub.format.conversion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Format;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.MessageMapper;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactMapper;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.format.x12.X12Qualifiers;

/**
 * Maps each interchange of an EDI reading with the partner's codes: an interchange the
 * reader found problems in gives no documents, since its messages cannot be trusted.
 */
final class EdiParts {

	private final MappingFiles files;

	private final Clock clock;

	private final Supplier<UUID> hubIds;

	EdiParts(MappingFiles files, Clock clock, Supplier<UUID> hubIds) {
		this.files = files;
		this.clock = clock;
		this.hubIds = hubIds;
	}

	ReadFile parts(Format format, EdiReading reading, ReadOptions options) {
		if (reading.interchanges().isEmpty()) {
			return new ReadFile(format, List.of(), Conversion.problems(reading.problems()));
		}
		MessageMapper mapper;
		try {
			mapper = mapper(format, options);
		}
		catch (IllegalArgumentException ex) {
			return new ReadFile(format, List.of(), List.of(FileProblem.of("MAPPING", ex.getMessage())));
		}
		List<ReadFile.Part> parts = new ArrayList<>();
		for (int i = 0; i < reading.interchanges().size(); i++) {
			parts.add(part(reading.interchanges().get(i), reading.problemsOf(i), mapper));
		}
		return new ReadFile(format, parts, List.of());
	}

	private static ReadFile.Part part(Interchange interchange, List<ParseProblem> readingProblems,
			MessageMapper mapper) {
		if (!readingProblems.isEmpty()) {
			return new ReadFile.Part(interchange, List.of(), Conversion.problems(readingProblems), readingProblems);
		}
		List<CanonicalDocument> documents = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		for (EdiMessage message : interchange.messages()) {
			MappedMessage mapped = mapper.map(interchange, message);
			if (mapped.document() != null) {
				documents.add(mapped.document());
			}
			problems.addAll(mapped.problems());
		}
		return new ReadFile.Part(interchange, documents, Conversion.problems(problems), problems);
	}

	private MessageMapper mapper(Format format, ReadOptions options) {
		if (format == Format.X12) {
			return new X12Mapper(new X12Context(options.channel(), java.util.Currency.getInstance("USD"), this.clock,
					this.hubIds, X12Qualifiers.load(this.files, options.partner())));
		}
		EdifactMapper edifact = new EdifactMapper(this.hubIds, this.clock,
				EancomQualifiers.load(this.files, options.partner()));
		return (interchange, message) -> edifact.map(interchange, message, options.channel());
	}

}
