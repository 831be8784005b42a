package io.tradehub.catalog;

import io.tradehub.test.OnPostgres;

/**
 * Catalogs, price lists and their imports, on PostgreSQL.
 */
@OnPostgres
class CatalogPostgresIntegrationTests extends CatalogIntegrationTests {

}
