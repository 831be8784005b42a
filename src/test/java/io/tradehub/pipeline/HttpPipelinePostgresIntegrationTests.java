package io.tradehub.pipeline;

import io.tradehub.test.OnPostgres;

/**
 * HTTP in with idempotency keys, webhooks with retries and replays, on PostgreSQL.
 */
@OnPostgres
class HttpPipelinePostgresIntegrationTests extends HttpPipelineIntegrationTests {

}
