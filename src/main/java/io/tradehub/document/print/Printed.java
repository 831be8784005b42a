package io.tradehub.document.print;

/**
 * A printed document: the PDF and the name to save it under.
 */
public record Printed(String fileName, byte[] pdf) {
}
