/**
 * Who is calling: portal sessions (form login), API tokens for systems (stored hashed),
 * and the {@code Caller} every controller receives, scoped to one company.
 */
@NullMarked
package io.tradehub.security;

import org.jspecify.annotations.NullMarked;
