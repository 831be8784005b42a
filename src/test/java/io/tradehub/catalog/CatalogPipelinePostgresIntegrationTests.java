package io.tradehub.catalog;

import io.tradehub.test.OnPostgres;

/**
 * Catalog rules in the pipeline, on PostgreSQL.
 */
@OnPostgres
class CatalogPipelinePostgresIntegrationTests extends CatalogPipelineIntegrationTests {

}
