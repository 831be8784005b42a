/**
 * A company's users and their privileges. A named interface: the portal's pages keep
 * users through {@link io.tradehub.partner.user.UserService} as the REST API does.
 */
@NamedInterface("user")
package io.tradehub.partner.user;

import org.springframework.modulith.NamedInterface;
