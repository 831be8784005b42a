package io.tradehub.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what the hub takes in, and how long it keeps the bytes of what it took.
 *
 * @param maxFileSize the largest file, message or attachment the hub reads; a larger one
 * is archived and refused
 * @param retention how long the raw input of a receipt and the output of a document are
 * kept once their work is finished ({@link ArchivePurge}); the tracking rows and the
 * canonical form stay
 * @param purgeInterval how often the purge looks for bytes past the retention
 * @param purgeBatch how many receipts or documents one purge transaction takes, so that
 * each holds its row locks briefly
 */
@ConfigurationProperties("tradehub.tracking")
record TrackingProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("P10Y") Period retention,
		@DefaultValue("PT1H") Duration purgeInterval, @DefaultValue("200") int purgeBatch) {

	@ConstructorBinding
	TrackingProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException(
					"tradehub.tracking.retention must be a positive period, such as P10Y, not " + retention);
		}
		if (purgeBatch < 1) {
			throw new IllegalArgumentException("tradehub.tracking.purge-batch must be at least 1, not " + purgeBatch);
		}
	}

	/** Limits only, with the default retention. */
	TrackingProperties(DataSize maxFileSize) {
		this(maxFileSize, Period.ofYears(10), Duration.ofHours(1), 200);
	}

	/** Work finished before this instant has its bytes purged. */
	Instant retainedSince(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(this.retention).toInstant();
	}

}
