package io.tradehub.mail;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mail that could not be delivered: the server refused it, it bounced, or every retry
 * failed.
 *
 * @param mailId the outbox id of the mail
 * @param recipient the address it was for
 * @param referenceType what the mail was about, as given when it was queued
 * @param referenceId the id of what the mail was about
 * @param reason what went wrong, in words for the user who sent it
 */
public record MailDeliveryFailed(UUID mailId, String recipient, @Nullable String referenceType,
		@Nullable UUID referenceId, String reason) {
}
