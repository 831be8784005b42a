package io.tradehub.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Portal sessions live in the database (Spring Session JDBC, {@code V24}), so every hub
 * instance behind the load balancer knows a signed-in user. On PostgreSQL a session
 * attribute is written with an upsert: two requests of one session on two instances that
 * add the same attribute at once (a flash message, a saved request) would otherwise both
 * insert it, and the second would fail on the first one's row. H2, the single-instance
 * default, has no such statement and keeps Spring Session's plain insert.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpserts(
			@Value("${spring.datasource.url}") String url) {
		boolean postgresql = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
		return (repository) -> {
			if (postgresql) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
		};
	}

}
