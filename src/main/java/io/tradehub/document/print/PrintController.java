package io.tradehub.document.print;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supplier's shipping staff print the picking list of an order, the packing slip of a
 * shipment, or all packing slips of an order; the browser shows each PDF inline.
 */
@RestController
@RequestMapping("/api/v1")
class PrintController {

	private final PrintService prints;

	PrintController(PrintService prints) {
		this.prints = prints;
	}

	@GetMapping("/orders/{hubId}/picking-list.pdf")
	ResponseEntity<byte[]> pickingList(Caller caller, @PathVariable UUID hubId,
			@RequestParam(required = false) @Nullable String lang) {
		return pdf(this.prints.pickingList(caller, hubId, lang));
	}

	@GetMapping("/shipments/{hubId}/packing-slip.pdf")
	ResponseEntity<byte[]> packingSlip(Caller caller, @PathVariable UUID hubId) {
		return pdf(this.prints.packingSlip(caller, hubId));
	}

	@GetMapping("/orders/{hubId}/packing-slips.pdf")
	ResponseEntity<byte[]> packingSlips(Caller caller, @PathVariable UUID hubId) {
		return pdf(this.prints.packingSlips(caller, hubId));
	}

	private static ResponseEntity<byte[]> pdf(Printed printed) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(printed.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(printed.pdf());
	}

}
