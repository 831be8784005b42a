/**
 * Technical profiles: how each company exchanges files with the hub (format, channels,
 * acknowledgements).
 */
@NullMarked
package io.tradehub.partner.profile;

import org.jspecify.annotations.NullMarked;
