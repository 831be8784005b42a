package io.tradehub.pipeline;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.Output;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;
import org.jspecify.annotations.Nullable;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code http} channel: a partner's system posts a file with its API token and gets
 * 202 and the receipt's hub id once the file is archived; it follows the receipt with
 * {@code GET}.
 * <p>
 * A caller whose profile wants its acknowledgement back the way the file came
 * ({@code REPLY}) may wait for it: {@code POST /api/v1/inbound?wait=PT10S} (an ISO-8601
 * duration, at most {@link #MAX_WAIT}) answers 200 with the acknowledgement itself (its
 * bytes: a CONTRL, 997 or 999 for EDI, the canonical acknowledgement JSON for CSV, XML
 * and JSON, with that content type, and the receipt in {@code Location}) once the file is
 * read, or 202 as without {@code wait} when it is not read in time or has no
 * acknowledgement. {@code GET /api/v1/inbound/{id}/acknowledgement} answers it later, and
 * 404 until there is one. An EDI file of several interchanges has one acknowledgement
 * each, answered one after the other in one body.
 * <p>
 * A caller that sends an {@code Idempotency-Key} header (any text of up to
 * {@value #MAX_KEY} printable characters, unique per file among its company's posts) may
 * post again whenever it does not know whether the hub got the file (a timeout, a lost
 * connection): the same key answers the receipt the first post made, and the file is
 * received once. The same key with another file is refused (409).
 */
@RestController
class InboundController {

	private final ProducerTemplate producer;

	private final Partners partners;

	private final Receipts receipts;

	private final Documents documents;

	private final ReceiptWait wait;

	InboundController(ProducerTemplate producer, Partners partners, Receipts receipts, Documents documents,
			ReceiptWait wait) {
		this.producer = producer;
		this.partners = partners;
		this.receipts = receipts;
		this.documents = documents;
		this.wait = wait;
	}

	/** What the caller reads back: the receipt and where to follow it. */
	record Accepted(UUID hubId, String status, String location) {
	}

	/** The longest a POST waits: a request thread is held while it does. */
	static final Duration MAX_WAIT = Duration.ofSeconds(60);

	/** The longest Idempotency-Key taken. */
	static final int MAX_KEY = 200;

	@PostMapping("/api/v1/inbound")
	ResponseEntity<?> receive(Caller caller, @RequestBody byte[] file,
			@RequestHeader(name = "X-File-Name", defaultValue = "upload") String fileName,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestParam(name = "wait", required = false) @Nullable String wait) {
		Duration waiting = waiting(wait);
		String sourceKey = sourceKey(caller, idempotencyKey);
		TechnicalProfile profile = this.partners.byId(caller.companyId())
			.map(PartnerView::technicalProfile)
			.orElse(null);
		if (profile == null) {
			throw new ConflictException(
					"Your company has no technical profile yet: PUT /api/v1/technical-profile first, so the hub knows"
							+ " how to read your files and answer them");
		}
		Map<String, Object> headers = new HashMap<>(
				Map.of(Channels.CHANNEL, TechnicalProfile.HTTP, Channels.KIND, "http", Channels.PARTNER, profile.key(),
						Channels.CHANNEL_IDENTITY, caller.name(), Channels.FILE_NAME, Channels.safeFileName(fileName)));
		if (sourceKey != null) {
			headers.put(Channels.SOURCE_KEY, sourceKey);
		}
		String id = receive(file, headers);
		if (id == null) {
			throw new InvalidInputException("body",
					"The file is larger than the hub accepts; it was archived and refused");
		}
		String location = "/api/v1/inbound/" + id;
		if (!waiting.isZero()) {
			Optional<ResponseEntity<byte[]>> acknowledgement = awaitAcknowledgement(UUID.fromString(id), waiting);
			if (acknowledgement.isPresent()) {
				return acknowledgement.get();
			}
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Location", location)
			.body(new Accepted(UUID.fromString(id), "RECEIVED", location));
	}

	/**
	 * A conflict of the caller's key is the caller's to hear, not a failure of the hub.
	 */
	private @Nullable String receive(byte[] file, Map<String, Object> headers) {
		try {
			return this.producer.requestBodyAndHeaders(Channels.RECEIVE, file, headers, String.class);
		}
		catch (CamelExecutionException ex) {
			if (ex.getCause() instanceof ConflictException conflict) {
				throw conflict;
			}
			throw ex;
		}
	}

	/**
	 * The caller's key, scoped to its company: the http channel is one for every company,
	 * and one company's keys must never find another's receipts.
	 */
	private static @Nullable String sourceKey(Caller caller, @Nullable String idempotencyKey) {
		if (idempotencyKey == null) {
			return null;
		}
		if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY
				|| !idempotencyKey.chars().allMatch((c) -> c >= 0x20 && c < 0x7f)) {
			throw new InvalidInputException("Idempotency-Key",
					"must be 1 to " + MAX_KEY + " printable ASCII characters, such as a UUID");
		}
		return caller.companyId() + "/" + idempotencyKey;
	}

	/** The receipt, for the company it came from only. */
	@GetMapping("/api/v1/inbound/{id}")
	ReceiptView receipt(Caller caller, @PathVariable UUID id) {
		ReceiptView receipt = this.receipts.get(id);
		if (!caller.companyId().equals(owner(receipt))) {
			throw new NotFoundException("Receipt", id);
		}
		return receipt;
	}

	/**
	 * The acknowledgement the hub wrote for the receipt, for the company it came from.
	 */
	@GetMapping("/api/v1/inbound/{id}/acknowledgement")
	ResponseEntity<byte[]> acknowledgement(Caller caller, @PathVariable UUID id) {
		receipt(caller, id);
		return acknowledgement(id).orElseThrow(() -> new NotFoundException("acknowledgement yet for receipt", id));
	}

	/**
	 * Once the receipt is read its acknowledgement is there (both are committed
	 * together), or there is none to wait for.
	 */
	private Optional<ResponseEntity<byte[]>> awaitAcknowledgement(UUID id, Duration wait) {
		return this.wait.awaitRead(id, wait) ? acknowledgement(id) : Optional.empty();
	}

	private Optional<ResponseEntity<byte[]>> acknowledgement(UUID receiptId) {
		List<Output> outputs = this.documents.acknowledgementsOf(receiptId);
		if (outputs.isEmpty()) {
			return Optional.empty();
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		outputs.forEach((output) -> body.writeBytes(output.bytes()));
		return Optional.of(ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AckMediaTypes.of(outputs.get(0).format())))
			.header("Location", "/api/v1/inbound/" + receiptId)
			.header("Content-Disposition", "inline; filename=\"" + outputs.get(0).name() + "\"")
			.body(body.toByteArray()));
	}

	private static Duration waiting(@Nullable String wait) {
		if (wait == null || wait.isBlank()) {
			return Duration.ZERO;
		}
		try {
			Duration duration = Duration.parse(wait);
			if (duration.isNegative() || duration.compareTo(MAX_WAIT) > 0) {
				throw new InvalidInputException("wait", "must be between PT0S and " + MAX_WAIT);
			}
			return duration;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("wait", "must be an ISO-8601 duration such as PT10S, not '" + wait + "'");
		}
	}

	private @Nullable UUID owner(ReceiptView receipt) {
		if (receipt.senderCompanyId() != null) {
			return receipt.senderCompanyId();
		}
		return (receipt.partnerKey() != null)
				? this.partners.byKey(receipt.partnerKey()).map(PartnerView::companyId).orElse(null) : null;
	}

}
