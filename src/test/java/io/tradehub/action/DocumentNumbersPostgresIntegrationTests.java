package io.tradehub.action;

import io.tradehub.test.OnPostgres;

/**
 * Document numbers taken at once, where PostgreSQL makes the second first insert wait.
 */
@OnPostgres
class DocumentNumbersPostgresIntegrationTests extends DocumentNumbersIntegrationTests {

}
