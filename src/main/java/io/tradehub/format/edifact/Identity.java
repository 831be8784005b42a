package io.tradehub.format.edifact;

import java.time.Instant;
import java.util.UUID;

/**
 * What the hub gives a document it maps besides its content: its id, how it came and in
 * which format.
 *
 * @param hubId the document's hub id
 * @param channel the channel it came in by
 * @param format the format and version, as {@code EDIFACT D96A}
 * @param receivedAt when it was mapped
 */
record Identity(UUID hubId, String channel, String format, Instant receivedAt) {
}
