/**
 * Lifecycles.
 */

@NullMarked
package io.tradehub.document.lifecycle;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
