package io.tradehub.action;

import io.tradehub.test.OnPostgres;

/**
 * Actions retried under one idempotency key, on PostgreSQL.
 */
@OnPostgres
class IdempotentActionsPostgresIntegrationTests extends IdempotentActionsIntegrationTests {

}
