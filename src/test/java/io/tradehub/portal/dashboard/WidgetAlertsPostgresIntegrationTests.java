package io.tradehub.portal.dashboard;

import io.tradehub.test.OnPostgres;

/**
 * Widget counts and their alerts' guarded update, on PostgreSQL.
 */
@OnPostgres
class WidgetAlertsPostgresIntegrationTests extends WidgetAlertsIntegrationTests {

}
