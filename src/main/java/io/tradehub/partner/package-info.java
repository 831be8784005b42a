/**
 * The partner network: companies, their users, and the connections between suppliers and
 * customers with their invites, onboarding and settings.
 */
@NullMarked
package io.tradehub.partner;

import org.jspecify.annotations.NullMarked;
