/**
 * Technical profiles: how each company exchanges files with the hub (format, channels,
 * acknowledgements). A named interface: the portal's profile page keeps them through
 * {@link io.tradehub.partner.profile.ProfileService} as the REST API does.
 */
@NullMarked
@NamedInterface("profile")
package io.tradehub.partner.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
