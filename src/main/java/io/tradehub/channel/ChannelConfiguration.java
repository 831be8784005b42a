package io.tradehub.channel;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the channel templates refer to by name.
 */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

	@Bean(SharedIdempotentRepository.BEAN)
	SharedIdempotentRepository channelIdempotentRepository(DataSource dataSource) {
		return new SharedIdempotentRepository(dataSource);
	}

}
