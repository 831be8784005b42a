/**
 * Printing: the picking list of an order a supplier received and the packing slips of the
 * shipments it confirmed, as PDFs in the language the shipment or the company asks for. A
 * nested module beside the lifecycles, whose shipped quantities a picking list shows.
 */
@ApplicationModule(displayName = "Printing")
@NullMarked
package io.tradehub.document.print;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
