package io.tradehub.format.dryrun;

import java.nio.file.Files;
import java.nio.file.Path;

import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/dry-run}: a signed-in integrator sends a file and gets its
 * canonical documents, or the problems with their positions.
 */
class DryRunIntegrationTests extends HubIntegrationTest {

	@Test
	void fileInTheBodyComesBackAsCanonicalDocumentsAndTheOutboundFile() throws Exception {
		HubClient client = signedIn();
		String order = Files.readString(Path.of("mappings", "canonical", "examples", "order.json"));

		Response response = client.send("POST", "/api/v1/dry-run?to=X12", order, "application/octet-stream")
			.expect(200);

		assertThat(response.json().at("/documents/0/type").asText()).isEqualTo("ORDER");
		assertThat(response.json().at("/documents/0/envelope/documentNumber").asText()).isEqualTo("PO-2026-0412");
		assertThat(response.json().at("/outputs/0").asText()).startsWith("ISA*").contains("BEG*00*SA*PO-2026-0412");
	}

	@Test
	void badFileAnswersItsProblemsWithPositions() throws Exception {
		HubClient client = signedIn();
		String edi = Files.readString(Path.of("src", "test", "resources", "io", "tradehub", "format", "edifact", "d96a",
				"orders-unt-count-mismatch.edi"));

		Response response = client.send("POST", "/api/v1/dry-run", edi, "application/octet-stream").expect(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.at("/detail")).isEqualTo("1 problem; see problems");

		assertThat(response.json().at("/problems/0/segment").asText()).isEqualTo("UNT");
		assertThat(response.json().at("/problems/0/element").asText()).isEqualTo("UNT01");
		assertThat(response.json().at("/problems/0/line").asInt()).isPositive();
	}

	@Test
	void dryRunNeedsASessionOrToken() {
		anonymous().send("POST", "/api/v1/dry-run", "{}", "application/octet-stream").expect(401);
	}

	private HubClient signedIn() {
		TestCompany integrator = this.fixtures.supplier("Dry Run Foods");
		return anonymous().login(integrator.email(), integrator.password());
	}

}
