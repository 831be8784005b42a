/**
 * Notifications: the emails that tell a company's people about the documents it received
 * (a new order request or order, an answer, a shipment), sent once the document is
 * recorded.
 */
@NullMarked
package io.tradehub.notification;

import org.jspecify.annotations.NullMarked;
