/**
 * The embedded H2 database on disk: its commits forced to disk before they return, and
 * its file kept from growing while the hub runs.
 */
@NullMarked
package io.tradehub.shared.database;

import org.jspecify.annotations.NullMarked;
