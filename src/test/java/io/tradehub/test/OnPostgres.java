package io.tradehub.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Runs a {@link HubIntegrationTest} on a fresh database of the real PostgreSQL server of
 * {@link TestPostgres} instead of H2. Put it on a subclass of an existing test, so the
 * same flows run on both databases:
 * {@code @OnPostgres class TrackingOnPostgresTests extends
 * TrackingIntegrationTests}. Every class so marked (with no settings of its own) shares
 * one application context and one database, as the H2 tests share theirs.
 * <p>
 * The hub's own data source backs off for this one, whereas a property would lose to the
 * H2 URL {@link HubIntegrationTest} sets dynamically; the server is started, and the test
 * skipped without it, only when such a context is first built.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(OnPostgres.Database.class)
public @interface OnPostgres {

	@TestConfiguration(proxyBeanMethods = false)
	class Database {

		@Bean(destroyMethod = "close")
		HikariDataSource dataSource() {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(TestPostgres.newDatabaseUrl("hub"));
			dataSource.setUsername(TestPostgres.shared().user());
			dataSource.setPoolName("test-postgres");
			// These tests prove the flows, not durability: commits need not wait for the
			// disk the other engineers' builds share. Visibility and locks are unchanged,
			// and the crash tests make databases of their own, with durable commits.
			dataSource.setConnectionInitSql("set synchronous_commit to off");
			return dataSource;
		}

	}

}
