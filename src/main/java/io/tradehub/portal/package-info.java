/**
 * The web portal: server-rendered pages under {@code /portal} for a company's staff, the
 * login page, and the language a user reads them in.
 */
@NullMarked
package io.tradehub.portal;

import org.jspecify.annotations.NullMarked;
