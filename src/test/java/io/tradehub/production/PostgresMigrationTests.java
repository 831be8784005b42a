package io.tradehub.production;

import io.tradehub.test.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations the hub runs on H2 by default run on a real PostgreSQL server too, and
 * Hibernate finds the schema it expects there.
 */
class PostgresMigrationTests {

	@Test
	void everyMigrationRunsOnPostgresql() {
		String url = TestPostgres.newDatabaseUrl("migrations");
		Flyway flyway = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load();
		var result = flyway.migrate();
		assertThat(result.success).isTrue();
		assertThat(flyway.info().pending()).isEmpty();
	}

}
