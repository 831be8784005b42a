package io.tradehub.tracking;

import java.util.UUID;

/**
 * A partner asked to deliver a failed document again; the new attempt is a document of
 * its own, already ROUTED with the original's output, waiting for delivery.
 *
 * @param newId the new attempt's id
 */
public record DocumentReplayRequested(UUID newId) {
}
