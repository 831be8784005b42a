package io.tradehub.tracking;

import io.tradehub.test.OnPostgres;

/**
 * Receipts, interchanges and documents under their unique keys and races, on PostgreSQL.
 */
@OnPostgres
class TrackingPostgresIntegrationTests extends TrackingIntegrationTests {

}
