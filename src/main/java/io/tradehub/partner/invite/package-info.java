/**
 * Inviting customers: emailed invites, the permanent invite link with its QR code, and
 * registration through either. The portal's pages reach it as a named interface of the
 * partner module.
 */
@NullMarked
@NamedInterface("invite")
package io.tradehub.partner.invite;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
