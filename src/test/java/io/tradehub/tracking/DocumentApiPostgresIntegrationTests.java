package io.tradehub.tracking;

import io.tradehub.test.OnPostgres;

/**
 * The tracking search and a document's views through the REST API, on PostgreSQL.
 */
@OnPostgres
class DocumentApiPostgresIntegrationTests extends DocumentApiIntegrationTests {

}
