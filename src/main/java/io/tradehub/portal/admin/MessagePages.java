package io.tradehub.portal.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tradehub.document.DocumentType;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.portal.PortalController;
import io.tradehub.shared.Caller;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.DocumentQueries;
import io.tradehub.tracking.DocumentSearch;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentViews.DocumentDetail;
import io.tradehub.tracking.DocumentViews.DocumentPage;
import io.tradehub.tracking.DocumentViews.DocumentSummary;
import io.tradehub.tracking.DocumentViews.Download;
import io.tradehub.tracking.Documents;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages: every document the company sent or received through the hub, searchable, each
 * with its raw input, canonical form, output, acknowledgements, changes of state and
 * thread, and a replay of a failed delivery.
 */
@PortalController
@RequestMapping("/portal/messages")
class MessagePages {

	static final String VIEW = "portal/admin/messages";

	static final String DOCUMENT_VIEW = "portal/admin/message";

	private static final int PAGE_SIZE = 25;

	/** What the page shows of a file inline; the whole file is the download's. */
	private static final int SHOWN_BYTES = 64 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private final DocumentQueries queries;

	private final Documents documents;

	private final Partners partners;

	MessagePages(DocumentQueries queries, Documents documents, Partners partners) {
		this.queries = queries;
		this.documents = documents;
		this.partners = partners;
	}

	@GetMapping
	String messages(Caller caller, @RequestParam(required = false) @Nullable UUID partner,
			@RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable DocumentStatus status,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ZoneId zone = zone(caller);
		DocumentPage found = this.queries.search(caller,
				new DocumentSearch(partner, type, status, number,
						(from != null) ? from.atStartOfDay(zone).toInstant() : null,
						(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null, page, PAGE_SIZE));
		// The partners to filter by are those of the latest documents: the hub keeps no
		// list of who a company traded with apart from its documents.
		DocumentPage latest = this.queries.search(caller,
				new DocumentSearch(null, null, null, null, null, null, 0, DocumentSearch.MAX_SIZE));
		model.addAttribute("found", found);
		model.addAttribute("names",
				names(Stream
					.concat(Stream.of(partner),
							Stream.concat(found.items().stream(), latest.items().stream())
								.map(DocumentSummary::partnerId))
					.filter(Objects::nonNull)
					.distinct()
					.toList()));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("filter", new Filter(partner, type, status, number, from, to));
		model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return VIEW;
	}

	@GetMapping("/{hubId}")
	String message(Caller caller, @PathVariable UUID hubId, Model model) {
		DocumentDetail detail = this.queries.detail(caller, hubId);
		model.addAttribute("detail", detail);
		model.addAttribute("canonical", pretty(detail.canonical()));
		model.addAttribute("thread", this.queries.thread(caller, hubId));
		model.addAttribute("raw", (detail.rawPurgedAt() == null) ? text(raw(caller, hubId)) : null);
		model.addAttribute("output", (detail.output() != null) ? text(this.queries.output(caller, hubId)) : null);
		model.addAttribute("names", names(
				Stream.of(detail.senderCompanyId(), detail.receiverCompanyId()).filter(Objects::nonNull).toList()));
		return DOCUMENT_VIEW;
	}

	@PostMapping("/{hubId}/replay")
	String replay(Caller caller, @PathVariable UUID hubId, RedirectAttributes redirect) {
		UUID attempt = this.documents.replay(hubId, caller);
		redirect.addFlashAttribute("replayed", hubId);
		return "redirect:/portal/messages/" + attempt;
	}

	/**
	 * The raw input, for the company it came from; null for its partner, who never sees
	 * it.
	 */
	private @Nullable Download raw(Caller caller, UUID hubId) {
		try {
			return this.queries.raw(caller, hubId);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private @Nullable Shown text(@Nullable Download download) {
		if (download == null) {
			return null;
		}
		byte[] bytes = download.bytes();
		boolean cut = bytes.length > SHOWN_BYTES;
		return new Shown(download.fileName(), download.contentType(),
				new String(cut ? Arrays.copyOf(bytes, SHOWN_BYTES) : bytes, StandardCharsets.UTF_8), cut);
	}

	/** The canonical JSON indented for reading, its decimals exactly as stored. */
	static String pretty(String json) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
		}
		catch (JsonProcessingException ex) {
			return json;
		}
	}

	private Map<UUID, String> names(Collection<UUID> companyIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		companyIds.forEach(id -> names.put(id, this.partners.byId(id).map(PartnerView::name).orElse(id.toString())));
		return names;
	}

	private ZoneId zone(Caller caller) {
		return this.partners.byId(caller.companyId()).map(PartnerView::timeZone).orElse(ZoneId.of("UTC"));
	}

	/** The search as the form shows it again. */
	record Filter(@Nullable UUID partner, @Nullable DocumentType type, @Nullable DocumentStatus status,
			@Nullable String number, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/**
	 * A file shown in the page as text.
	 *
	 * @param cut whether only its beginning is shown
	 */
	record Shown(String fileName, String contentType, String text, boolean cut) {
	}

}
