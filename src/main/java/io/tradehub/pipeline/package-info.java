/**
 * The hub itself: documents received on any channel are archived, read with the sender's
 * mappings, checked against the partnership's rules, recorded, written in the receiver's
 * format and delivered on its channel, and the sender is acknowledged. Stages are joined
 * by durable Artemis queues and keyed by hub ids, so a redelivery never doubles a
 * document.
 */
@NullMarked
package io.tradehub.pipeline;

import org.jspecify.annotations.NullMarked;
