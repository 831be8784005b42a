/**
 * Connections between suppliers and customers: their guarded lifecycle, settings and
 * history. The portal's pages reach it as a named interface of the partner module.
 */
@NullMarked
@NamedInterface("connection")
package io.tradehub.partner.connection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
