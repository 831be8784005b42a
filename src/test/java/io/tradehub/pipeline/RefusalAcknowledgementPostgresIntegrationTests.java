package io.tradehub.pipeline;

import io.tradehub.test.OnPostgres;

/**
 * Refusals acknowledged to their senders, on PostgreSQL.
 */
@OnPostgres
class RefusalAcknowledgementPostgresIntegrationTests extends RefusalAcknowledgementIntegrationTests {

}
