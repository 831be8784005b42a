package io.tradehub.action;

import io.tradehub.test.OnPostgres;

/**
 * Portal and API actions on documents, on PostgreSQL.
 */
@OnPostgres
class ActionsPostgresIntegrationTests extends ActionsIntegrationTests {

}
