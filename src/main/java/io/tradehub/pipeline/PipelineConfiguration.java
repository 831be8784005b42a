package io.tradehub.pipeline;

import java.nio.file.Path;
import java.time.Clock;

import io.tradehub.format.ControlNumbers;
import io.tradehub.format.ack.AcknowledgementWriter;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.shared.HubIds;

import org.springframework.beans.factory.annotation.Value;
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

	@Bean
	AcknowledgementWriter acknowledgementWriter(ControlNumbers controlNumbers, Clock clock) {
		return new AcknowledgementWriter(controlNumbers, clock);
	}

}
