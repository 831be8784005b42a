package io.tradehub.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.DocumentType;
import io.tradehub.shared.Caller;
import io.tradehub.tracking.DocumentViews.DocumentDetail;
import io.tradehub.tracking.DocumentViews.DocumentPage;
import io.tradehub.tracking.DocumentViews.DocumentSummary;
import io.tradehub.tracking.DocumentViews.Download;
import io.tradehub.tracking.DocumentViews.Replayed;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners follow their documents: search, one document with its history and links, its
 * raw input and output, its thread, and a replay of a failed delivery.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

	private final DocumentQueries queries;

	private final Documents documents;

	DocumentController(DocumentQueries queries, Documents documents) {
		this.queries = queries;
		this.documents = documents;
	}

	@GetMapping
	DocumentPage search(Caller caller, @RequestParam(required = false) @Nullable UUID partner,
			@RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable DocumentStatus status,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.queries.search(caller, new DocumentSearch(partner, type, status, number, from, to, page, size));
	}

	@GetMapping("/{id}")
	DocumentDetail get(Caller caller, @PathVariable UUID id) {
		return this.queries.detail(caller, id);
	}

	@GetMapping("/{id}/thread")
	List<DocumentSummary> thread(Caller caller, @PathVariable UUID id) {
		return this.queries.thread(caller, id);
	}

	@GetMapping("/{id}/raw")
	ResponseEntity<byte[]> raw(Caller caller, @PathVariable UUID id) {
		return download(this.queries.raw(caller, id));
	}

	@GetMapping("/{id}/output")
	ResponseEntity<byte[]> output(Caller caller, @PathVariable UUID id) {
		return download(this.queries.output(caller, id));
	}

	@PostMapping("/{id}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Replayed replay(Caller caller, @PathVariable UUID id) {
		return new Replayed(this.documents.replay(id, caller));
	}

	private static ResponseEntity<byte[]> download(Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			// A partner's file is never rendered or sniffed as anything else.
			.header("X-Content-Type-Options", "nosniff")
			.body(download.bytes());
	}

}
