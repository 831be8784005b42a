package io.tradehub.pipeline;

import com.zaxxer.hikari.HikariDataSource;
import io.tradehub.test.TestPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The pipeline benchmark on PostgreSQL, production's database
 * (application-production.yml), on a server of Debian's packages started on this machine
 * ({@link TestPostgres}): its commits durable as there (fsync, synchronous_commit on),
 * its pool as large, and its server's CPU and syncs counted with the hub's.
 * <p>
 * {@code ./mvnw test -Dtest=PipelinePostgresBenchmark -Dbenchmark.warm-up=15000 -Dbenchmark.documents=10000}
 */
@Import(PipelinePostgresBenchmark.Production.class)
class PipelinePostgresBenchmark extends PipelineBenchmark {

	@TestConfiguration(proxyBeanMethods = false)
	static class Production {

		@Bean(destroyMethod = "close")
		HikariDataSource dataSource() {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(TestPostgres.newDatabaseUrl("benchmark"));
			dataSource.setUsername(TestPostgres.shared().user());
			dataSource.setPoolName("benchmark-postgres");
			dataSource.setMaximumPoolSize(24);
			return dataSource;
		}

	}

}
