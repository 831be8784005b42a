package io.tradehub.tracking;

import io.tradehub.test.OnPostgres;

/**
 * Retention and the purge, with PostgreSQL's row locks between hubs purging at once.
 */
@OnPostgres
class ArchivePurgePostgresIntegrationTests extends ArchivePurgeIntegrationTests {

}
