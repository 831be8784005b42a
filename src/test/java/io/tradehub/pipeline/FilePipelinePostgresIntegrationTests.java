package io.tradehub.pipeline;

import io.tradehub.test.OnPostgres;

/**
 * Folder channels through the whole pipeline with the shared idempotent repository, on
 * PostgreSQL.
 */
@OnPostgres
class FilePipelinePostgresIntegrationTests extends FilePipelineIntegrationTests {

}
