/**
 * Printing: the picking list of an order a supplier received and the packing slips of the
 * shipments it confirmed, as PDFs in the language the shipment or the company asks for.
 */
@NullMarked
package io.tradehub.print;

import org.jspecify.annotations.NullMarked;
