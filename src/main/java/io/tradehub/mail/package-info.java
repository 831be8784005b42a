/**
 * Outgoing email: messages rendered from templates in the recipient's language, kept in
 * an outbox written with the business change, sent through Camel after the transaction
 * commits, retried, and failures (including bounces) published as
 * {@link io.tradehub.mail.MailDeliveryFailed}.
 */
@NullMarked
package io.tradehub.mail;

import org.jspecify.annotations.NullMarked;
