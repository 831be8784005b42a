package io.tradehub.format.dryrun;

import java.nio.file.Path;
import java.util.List;

import io.tradehub.document.CanonicalJson;
import io.tradehub.shared.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/dry-run}: the same dry run as the command line, for the file in the
 * request body.
 */
@RestController
class DryRunController {

	private final DryRun dryRun;

	DryRunController(@Value("${tradehub.mappings:mappings}") String mappings) {
		this.dryRun = new DryRun(Path.of(mappings));
	}

	@PostMapping("/api/v1/dry-run")
	ResponseEntity<String> dryRun(Caller caller, @RequestBody byte[] file,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String layout,
			@RequestParam(required = false) DryRun.@Nullable Target to,
			@RequestHeader(name = "X-File-Name", defaultValue = "upload") String fileName) {
		DryRunResult result = this.dryRun.run(List.of(new DryRun.Input(fileName, file)),
				new DryRun.Options(partner, layout, to));
		// Documents go out in their one canonical JSON form, not in the API mapper's
		// variant of it.
		if (!result.ok()) {
			int count = result.problems().size();
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("{\"type\":\"about:blank\",\"title\":\"The file has problems\",\"status\":422,\"detail\":\""
						+ count + (count == 1 ? " problem" : " problems") + "; see problems\",\"problems\":"
						+ DryRunCommand.json(result.problems()) + "}");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"documents\":" + CanonicalJson.writeAll(result.documents()) + ",\"outputs\":"
					+ DryRunCommand.json(result.outputs()) + "}");
	}

}
