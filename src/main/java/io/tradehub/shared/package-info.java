/**
 * Small value types and exceptions every capability shares; no beans of its own apart
 * from the API error mapping.
 */
@NullMarked
package io.tradehub.shared;

import org.jspecify.annotations.NullMarked;
