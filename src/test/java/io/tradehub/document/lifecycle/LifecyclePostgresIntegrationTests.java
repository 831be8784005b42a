package io.tradehub.document.lifecycle;

import io.tradehub.test.OnPostgres;

/**
 * Request and order lifecycles, deadlines and their views, on PostgreSQL.
 */
@OnPostgres
class LifecyclePostgresIntegrationTests extends LifecycleIntegrationTests {

}
