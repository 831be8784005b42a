package io.tradehub.action;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradehub.action.IdempotencyKeys.Claim;
import io.tradehub.pipeline.Portal.PortalVerdict;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Makes an action safe to retry: a client that lost the answer to a request sends it
 * again with the same {@code Idempotency-Key} header and gets the document the first
 * request made, as it stands now, instead of a second order. The key belongs to the
 * caller's company; sent with another request it is refused (422), and while its first
 * request is still at work a retry is told to come back (409). A request without the
 * header is simply run.
 */
@Component
class Idempotency {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	/**
	 * A claim this old without a document belonged to a request whose hub stopped while
	 * it waited for the pipeline; a retry may take it over.
	 */
	static final Duration ABANDONED = Submissions.VERDICT_WAIT.multipliedBy(6);

	private final IdempotencyKeys keys;

	private final Documents documents;

	private final ObjectMapper json;

	private final Clock clock;

	Idempotency(IdempotencyKeys keys, Documents documents, ObjectMapper json, Clock clock) {
		this.keys = keys;
		this.documents = documents;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Runs the action once per key.
	 * @param key the header's value, or null
	 * @param action the method and path, so one key is not two actions
	 * @param form the request's body
	 */
	ResponseEntity<?> once(Caller caller, @Nullable String key, String action, Object form,
			Supplier<ActionResult> act) {
		if (key == null) {
			return act.get().response();
		}
		check(key);
		UUID company = caller.companyId();
		String fingerprint = fingerprint(action, form);
		Optional<Claim> earlier = this.keys.claim(company, key, fingerprint);
		if (earlier.isPresent()) {
			Claim claim = earlier.get();
			if (!claim.fingerprint().equals(fingerprint)) {
				return reused(key);
			}
			if (claim.finished()) {
				return replay(claim);
			}
			boolean abandoned = claim.claimedAt().isBefore(this.clock.instant().minus(ABANDONED));
			if (!abandoned || !this.keys.takeOver(company, key, claim.claimedAt())) {
				throw new ConflictException("The request sent with " + HEADER + " " + key
						+ " is still at work; send it again in a moment for its answer.");
			}
		}
		ActionResult result;
		try {
			result = act.get();
		}
		catch (RuntimeException ex) {
			// no document was made: the corrected request may use the same key
			this.keys.release(company, key);
			throw ex;
		}
		this.keys.complete(company, key, result);
		return result.response();
	}

	private ResponseEntity<?> replay(Claim claim) {
		ResponseEntity<?> response = now(claim).response();
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(REPLAYED, "true")
			.body(response.getBody());
	}

	/**
	 * The first request's answer as it stands now: a document that was pending may have
	 * been read since. A refusal is final.
	 */
	private ActionResult now(Claim claim) {
		if (claim.verdict() == PortalVerdict.Status.REFUSED) {
			return result(claim, PortalVerdict.Status.REFUSED, claim.reason());
		}
		return current(claim)
			.map((view) -> (view.status() == DocumentStatus.REFUSED)
					? result(claim, PortalVerdict.Status.REFUSED, view.reason())
					: result(claim, PortalVerdict.Status.ACCEPTED, null))
			.orElseGet(() -> result(claim, PortalVerdict.Status.PENDING, null));
	}

	private static ActionResult result(Claim claim, PortalVerdict.Status status, @Nullable String reason) {
		return ActionResult.of(new PortalVerdict(claim.hubId(), status, reason), claim.documentNumber());
	}

	private Optional<DocumentView> current(Claim claim) {
		try {
			return Optional.of(this.documents.get(claim.hubId()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<?> reused(String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				HEADER + " " + key + " was sent before with another request; a new request needs a new key.");
		problem.setTitle("Idempotency-Key reused");
		return ResponseEntity.unprocessableEntity().body(problem);
	}

	private static void check(String key) {
		if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new InvalidInputException(HEADER,
					"must be 1 to 255 visible ASCII characters, such as a UUID the client makes per request");
		}
	}

	private String fingerprint(String action, Object form) {
		try {
			byte[] body = this.json.writeValueAsBytes(form);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(action.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			return HexFormat.of().formatHex(sha.digest(body));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot fingerprint the request " + action, ex);
		}
	}

}
