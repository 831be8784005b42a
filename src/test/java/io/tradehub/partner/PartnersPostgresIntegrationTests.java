package io.tradehub.partner;

import io.tradehub.test.OnPostgres;

/**
 * The partner network's lookups, on PostgreSQL.
 */
@OnPostgres
class PartnersPostgresIntegrationTests extends PartnersIntegrationTests {

}
