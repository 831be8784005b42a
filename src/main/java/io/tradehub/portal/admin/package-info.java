/**
 * The portal's pages that keep a company's set-up and follow its files: catalog and
 * prices with their CSV files, users and privileges, company settings, the technical
 * profile, and the messages the hub tracked. Each page calls the service the REST API
 * calls, so both obey the same rules and privileges.
 */
@NullMarked
package io.tradehub.portal.admin;

import org.jspecify.annotations.NullMarked;
