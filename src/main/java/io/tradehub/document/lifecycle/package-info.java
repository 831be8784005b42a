/**
 * The lifecycles of order requests and orders: their deadlines, the transitions partners'
 * documents and actions make, the expiry of unanswered requests, and the views of what is
 * waiting, expiring, delayed or shipped. A nested module: it plugs into the pipeline's
 * rules and events, which the canonical documents of its parent module must not know.
 */
@ApplicationModule(displayName = "Lifecycles")
@NullMarked
package io.tradehub.document.lifecycle;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
