/**
 * Housekeeping of the embedded H2 database's file while the hub runs.
 */
@NullMarked
package io.tradehub.shared.database;

import org.jspecify.annotations.NullMarked;
