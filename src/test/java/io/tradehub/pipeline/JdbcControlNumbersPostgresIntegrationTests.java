package io.tradehub.pipeline;

import io.tradehub.test.OnPostgres;

/**
 * Control numbers taken concurrently, on PostgreSQL.
 */
@OnPostgres
class JdbcControlNumbersPostgresIntegrationTests extends JdbcControlNumbersTests {

}
