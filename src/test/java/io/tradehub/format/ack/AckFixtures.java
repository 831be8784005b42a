package io.tradehub.format.ack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.Acknowledgement;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.edifact.EdifactMapper;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper: reads an interchange, maps its messages as the hub would, and reads
 * acknowledgements back into canonical ones, with a fixed clock and hub id.
 */
final class AckFixtures {

	static final Path RESOURCES = Path.of("src", "test", "resources", "io", "tradehub", "format", "ack");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:30:00Z"), ZoneOffset.UTC);

	static final UUID HUB_ID = UUID.fromString("01a208a0-0000-7000-8000-0000000000ac");

	private AckFixtures() {
	}

	/** An interchange as read and every problem reading and mapping it found. */
	record Checked(Interchange interchange, List<ParseProblem> problems) {
	}

	static Checked check(String file) throws IOException {
		EdiReading reading;
		try (InputStream input = Files.newInputStream(RESOURCES.resolve(file))) {
			reading = new EdiReader().read(input);
		}
		assertThat(reading.interchanges()).hasSize(1);
		Interchange interchange = reading.interchanges().get(0);
		List<ParseProblem> problems = new ArrayList<>(reading.problems());
		for (EdiMessage message : interchange.messages()) {
			problems.addAll(map(interchange, message).problems());
		}
		return new Checked(interchange, problems);
	}

	static MappedMessage map(Interchange interchange, EdiMessage message) {
		return message.standard().equals("X12")
				? new X12Mapper(new X12Context("test", java.util.Currency.getInstance("USD"), CLOCK, () -> HUB_ID))
					.map(interchange, message)
				: new EdifactMapper(() -> HUB_ID, CLOCK).map(interchange, message);
	}

	/** Every acknowledgement an input holds, each mapped without problems. */
	static List<Acknowledgement> acknowledgements(byte[] bytes) {
		EdiReading reading = new EdiReader().read(new ByteArrayInputStream(bytes));
		return acknowledgements(reading);
	}

	/** The one acknowledgement an input holds. */
	static Acknowledgement single(byte[] bytes) {
		List<Acknowledgement> acknowledgements = acknowledgements(bytes);
		assertThat(acknowledgements).hasSize(1);
		return acknowledgements.get(0);
	}

	static List<Acknowledgement> acknowledgements(EdiReading reading) {
		List<Acknowledgement> acknowledgements = new ArrayList<>();
		for (Interchange interchange : reading.interchanges()) {
			for (EdiMessage message : interchange.messages()) {
				MappedMessage mapped = map(interchange, message);
				assertThat(mapped.problems()).as(message.type() + " " + message.controlReference()).isEmpty();
				acknowledgements.add((Acknowledgement) mapped.document());
			}
		}
		return acknowledgements;
	}

}
