/**
 * The portal's partner pages: a supplier's connections and invites with its invite link,
 * each connection's settings, a customer's onboarding, and the public registration pages
 * a prospect reaches from an invite mail or a supplier's invite link.
 */
@NullMarked
package io.tradehub.portal.partners;

import org.jspecify.annotations.NullMarked;
