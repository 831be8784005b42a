package io.tradehub.action;

import java.io.Serializable;
import java.net.URI;
import java.util.UUID;

import io.tradehub.pipeline.Portal.PortalVerdict;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What an action answers: the new document, whether the pipeline accepted it, and why
 * not. Accepted is 201, refused 422 as a problem document, both with the document under
 * {@code location}; 202 when the verdict was not there within the wait, to be followed
 * under {@code location}. Serializable, since the shop page hands it to the next page as
 * a flash attribute, which lives in the database session.
 *
 * @param hubId the new document's hub id
 * @param documentNumber the number the hub gave it
 * @param status {@code ACCEPTED}, {@code REFUSED} or {@code PENDING}
 * @param reason why the pipeline refused it, in words the user can act on
 * @param location where the document is followed
 */
public record ActionResult(UUID hubId, String documentNumber, PortalVerdict.Status status, @Nullable String reason,
		String location) implements Serializable {

	static ActionResult of(PortalVerdict verdict, String documentNumber) {
		return new ActionResult(verdict.hubId(), documentNumber, verdict.status(), verdict.reason(),
				"/api/v1/documents/" + verdict.hubId());
	}

	/**
	 * A refusal is a problem document like every other error of the API (RFC 9457), its
	 * detail the reason, with the document's hub id, number and location beside it.
	 */
	ResponseEntity<?> response() {
		if (this.status == PortalVerdict.Status.REFUSED) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, this.reason);
			problem.setTitle("Refused");
			problem.setProperty("hubId", this.hubId);
			problem.setProperty("documentNumber", this.documentNumber);
			problem.setProperty("verdict", this.status);
			problem.setProperty("reason", this.reason);
			problem.setProperty("location", this.location);
			return ResponseEntity.unprocessableEntity().location(URI.create(this.location)).body(problem);
		}
		HttpStatus status = (this.status == PortalVerdict.Status.ACCEPTED) ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status).location(URI.create(this.location)).body(this);
	}

}
