package io.tradehub.partner.connection;

import io.tradehub.test.OnPostgres;

/**
 * Connection lifecycles, on PostgreSQL.
 */
@OnPostgres
class ConnectionFlowPostgresIntegrationTests extends ConnectionFlowIntegrationTests {

}
