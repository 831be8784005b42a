package io.tradehub.pipeline;

import java.util.Map;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;
import org.jspecify.annotations.Nullable;

import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code http} channel: a partner's system posts a file with its API token and gets
 * 202 and the receipt's hub id once the file is archived; it follows the receipt with
 * {@code GET}.
 */
@RestController
class InboundController {

	private final ProducerTemplate producer;

	private final Partners partners;

	private final Receipts receipts;

	InboundController(ProducerTemplate producer, Partners partners, Receipts receipts) {
		this.producer = producer;
		this.partners = partners;
		this.receipts = receipts;
	}

	/** What the caller reads back: the receipt and where to follow it. */
	record Accepted(UUID hubId, String status, String location) {
	}

	@PostMapping("/api/v1/inbound")
	ResponseEntity<Accepted> receive(Caller caller, @RequestBody byte[] file,
			@RequestHeader(name = "X-File-Name", defaultValue = "upload") String fileName) {
		TechnicalProfile profile = this.partners.byId(caller.companyId())
			.map(PartnerView::technicalProfile)
			.orElse(null);
		if (profile == null) {
			throw new ConflictException(
					"Your company has no technical profile yet: PUT /api/v1/technical-profile first, so the hub knows"
							+ " how to read your files and answer them");
		}
		String id = this.producer.requestBodyAndHeaders(Channels.RECEIVE, file,
				Map.of(Channels.CHANNEL, TechnicalProfile.HTTP, Channels.KIND, "http", Channels.PARTNER, profile.key(),
						Channels.CHANNEL_IDENTITY, caller.name(), Channels.FILE_NAME, Channels.safeFileName(fileName)),
				String.class);
		if (id == null) {
			throw new InvalidInputException("body",
					"The file is larger than the hub accepts; it was archived and refused");
		}
		String location = "/api/v1/inbound/" + id;
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Location", location)
			.body(new Accepted(UUID.fromString(id), "RECEIVED", location));
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

	private @Nullable UUID owner(ReceiptView receipt) {
		if (receipt.senderCompanyId() != null) {
			return receipt.senderCompanyId();
		}
		return (receipt.partnerKey() != null)
				? this.partners.byKey(receipt.partnerKey()).map(PartnerView::companyId).orElse(null) : null;
	}

}
