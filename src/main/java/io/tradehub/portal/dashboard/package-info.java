/**
 * The supplier's dashboard: a counter per widget, computed from the lifecycle views as of
 * now, each of them resettable per user.
 */
@NullMarked
package io.tradehub.portal.dashboard;

import org.jspecify.annotations.NullMarked;
