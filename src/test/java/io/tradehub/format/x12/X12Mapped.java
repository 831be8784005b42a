package io.tradehub.format.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Interchange;
import io.tradehub.format.MappedMessage;

/**
 * Test helper: reads X12 bytes and maps each transaction set with a fixed clock and hub
 * id.
 */
final class X12Mapped {

	static final UUID HUB_ID = UUID.fromString("01a208a0-0000-7000-8000-000000000001");

	static final Clock RECEIVED = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

	private X12Mapped() {
	}

	static X12Context context(UUID hubId, String currency) {
		return new X12Context("sftp", Currency.getInstance(currency), RECEIVED, () -> hubId);
	}

	static List<MappedMessage> map(byte[] bytes, X12Context context) {
		return map(new EdiReader().read(new ByteArrayInputStream(bytes)), context);
	}

	static List<MappedMessage> map(Path file, X12Context context) throws IOException {
		try (InputStream input = Files.newInputStream(file)) {
			return map(new EdiReader().read(input), context);
		}
	}

	static List<MappedMessage> map(EdiReading reading, X12Context context) {
		X12Mapper mapper = new X12Mapper(context);
		List<MappedMessage> results = new ArrayList<>();
		for (Interchange interchange : reading.interchanges()) {
			for (EdiMessage message : interchange.messages()) {
				results.add(mapper.map(interchange, message));
			}
		}
		return results;
	}

}
