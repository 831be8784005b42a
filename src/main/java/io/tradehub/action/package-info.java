/**
 * Actions: what a company's user does in the portal or through the REST API (create an
 * order request or an order, answer a request, convert it into an order, confirm a
 * shipment) becomes a canonical document that enters the pipeline through the
 * {@code portal} channel and travels like any partner's file.
 */
@NullMarked
package io.tradehub.action;

import org.jspecify.annotations.NullMarked;
