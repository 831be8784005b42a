package io.tradehub.format;

/**
 * A functional group (EDIFACT UNG, X12 GS) the message was sent in.
 *
 * @param functionalId what the group holds: UNG01 (message type, e.g. {@code ORDERS}) or
 * GS01 (functional identifier code, e.g. {@code PO})
 * @param sender the application sender (UNG02, GS02)
 * @param receiver the application receiver (UNG03, GS03)
 * @param controlReference the group reference (UNG05, GS06)
 * @param version the version it declares: UNG06 version:release:association (for example
 * {@code D:96A:EAN008A}) or GS08 (for example {@code 004010})
 */
public record EdiGroup(String functionalId, Party sender, Party receiver, String controlReference, String version) {

}
