package io.tradehub.pipeline;

import java.nio.file.Path;
import java.time.Clock;

import io.tradehub.format.ControlNumbers;
import io.tradehub.format.ack.AcknowledgementWriter;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.shared.HubIds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The format library as the pipeline uses it: one conversion on the configured mappings
 * folder, acknowledgements numbered from the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
class PipelineConfiguration {

	@Bean
	Conversion conversion(@Value("${tradehub.mappings:mappings}") Path mappings, Clock clock) {
		return new Conversion(mappings, clock, HubIds::next);
	}

	/**
	 * Every stage waits for the broker's journal at each commit. Artemis gathers commits
	 * for 3.3 ms on NIO before it syncs, which on this project's 2-core machine left a
	 * third of the CPU idle at 200 to 300 documents per second; half a millisecond
	 * measured 310 to 400, with more, still cheap, syncs (README, benchmark; measured on
	 * an in-memory database by mistake, so only the comparison stands).
	 */
	@Bean
	ArtemisConfigurationCustomizer journalBufferTimeout(PipelineProperties properties) {
		int nanos = Math.toIntExact(properties.journalBufferTimeout().toNanos());
		return (configuration) -> configuration.setJournalBufferTimeout_NIO(nanos).setJournalBufferTimeout_AIO(nanos);
	}

	@Bean
	AcknowledgementWriter acknowledgementWriter(ControlNumbers controlNumbers, Clock clock) {
		return new AcknowledgementWriter(controlNumbers, clock);
	}

}
