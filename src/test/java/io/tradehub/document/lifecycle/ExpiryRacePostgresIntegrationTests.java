package io.tradehub.document.lifecycle;

import io.tradehub.test.OnPostgres;

/**
 * An answer racing the request's expiry, on PostgreSQL.
 */
@OnPostgres
class ExpiryRacePostgresIntegrationTests extends ExpiryRaceIntegrationTests {

}
