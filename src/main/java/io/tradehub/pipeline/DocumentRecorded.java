package io.tradehub.pipeline;

import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.partner.ConnectionState;

/**
 * A document passed the rules and is recorded for its receiver. Published inside the
 * transaction that records it, so a synchronous listener (a lifecycle moving a request to
 * ANSWERED) commits or rolls back with the record; a listener with side effects outside
 * the database (a notification mail) listens after the commit.
 *
 * @param hubId the document's hub id
 * @param document the document as the rules completed it
 * @param connection the partnership it travels in
 */
public record DocumentRecorded(UUID hubId, CanonicalDocument document, ConnectionState connection) {
}
