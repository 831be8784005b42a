/**
 * The portal's pages of the daily work on requests and orders: searching them, a request
 * with its answer form, reopen and convert, an order with its Summary and Shipping tabs
 * and its prints. A nested module beside the lifecycles it shows; it acts through the
 * same actions and lifecycle services as the REST API.
 */
@ApplicationModule(displayName = "Work pages")
@NullMarked
package io.tradehub.document.work;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
