/**
 * Acknowledgements: writing CONTRL, 997, 999 and TA1 for an interchange as read, with the
 * problems found reading and mapping it, and APERAK with the rules' verdict on each of
 * its documents too; reading partners' CONTRL, APERAK, 997, 999 and TA1 into canonical
 * acknowledgements.
 */
@NullMarked
@NamedInterface("ack")
package io.tradehub.format.ack;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
