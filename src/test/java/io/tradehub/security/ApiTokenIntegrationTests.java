package io.tradehub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's systems call the API with tokens its users make: the secret is shown once
 * and stored only as a digest, it works without a session or CSRF, is limited to the
 * privileges it was given, and stops working when revoked.
 */
class ApiTokenIntegrationTests extends HubIntegrationTest {

	private static final String PASSWORD = "a long and secret password";

	/** Plain HTTP without cookies: no session and no CSRF token can ride along. */
	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void secretIsShownOnceAndStoredOnlyAsItsDigest() {
		TestCompany company = this.fixtures.customer("Bäckerei Korn");
		HubClient manager = anonymous().login(company.email(), company.password());

		Response created = manager
			.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("CONNECTIONS", "ORDERS")))
			.expect(201);

		String secret = created.at("/secret");
		String id = created.at("/token/id");
		assertThat(secret).startsWith("th_").hasSizeGreaterThan(40);
		assertThat(created.at("/token/hint")).isEqualTo(secret.substring(0, 7));
		assertThat(created.json().at("/token/privileges")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("CONNECTIONS", "ORDERS");

		Response listed = manager.get("/api/v1/api-tokens").expect(200);
		assertThat(listed.json()).extracting(token -> token.get("id").asText()).containsExactly(id);
		assertThat(listed.at("/0/hint")).isEqualTo(secret.substring(0, 7));
		assertThat(listed.body()).doesNotContain(secret).doesNotContain(secret.substring(7));

		Map<String, Object> row = this.jdbc.queryForMap("select * from api_token where id = ?", UUID.fromString(id));
		assertThat(row.get("token_hash")).isEqualTo(sha256Hex(secret));
		assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(secret.substring(7)));
	}

	@Test
	void tokenAuthenticatesCallsWithoutSessionOrCsrfAndRecordsItsUse() {
		TestCompany customer = this.fixtures.customer("Imbiss Ecke");
		TestCompany supplier = this.fixtures.supplier("Getränke Groß");
		HubClient manager = anonymous().login(customer.email(), customer.password());
		Response created = manager
			.post("/api/v1/api-tokens", Map.of("name", "Shop system", "privileges", List.of("CONNECTIONS")))
			.expect(201);
		String secret = created.at("/secret");
		assertThat(token(manager, created.at("/token/id")).get("lastUsedAt").isNull()).isTrue();
		Instant beforeUse = this.clock.instant();

		Response requested = bearer("POST", "/api/v1/connections", secret,
				"{\"supplierId\":\"" + supplier.id() + "\",\"message\":\"From our shop system\"}")
			.expect(201);
		assertThat(requested.at("/status")).isEqualTo("PENDING");
		assertThat(requested.at("/customer/id")).isEqualTo(customer.id().toString());
		assertThat(requested.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		Response listed = bearer("GET", "/api/v1/connections", secret, null).expect(200);
		assertThat(listed.json()).extracting(connection -> connection.get("id").asText())
			.containsExactly(requested.at("/id"));

		String lastUsedAt = token(manager, created.at("/token/id")).get("lastUsedAt").asText();
		assertThat(Instant.parse(lastUsedAt)).isAfterOrEqualTo(beforeUse.minusMillis(1));
		HubClient supplierManager = anonymous().login(supplier.email(), supplier.password());
		assertThat(supplierManager.get("/api/v1/connections/" + requested.at("/id") + "/history").at("/0/by"))
			.isEqualTo("token:Shop system");
	}

	@Test
	void revokedTokenIsRefusedWithProblemDetails() {
		TestCompany company = this.fixtures.customer("Hofladen Au");
		HubClient manager = anonymous().login(company.email(), company.password());
		Response created = manager
			.post("/api/v1/api-tokens", Map.of("name", "Old ERP", "privileges", List.of("CONNECTIONS")))
			.expect(201);
		String secret = created.at("/secret");
		bearer("GET", "/api/v1/connections", secret, null).expect(200);

		manager.delete("/api/v1/api-tokens/" + created.at("/token/id")).expect(204);

		Response refused = bearer("GET", "/api/v1/connections", secret, null).expect(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.at("/status")).isEqualTo("401");
		assertThat(refused.at("/detail")).contains("revoked");
		assertThat(token(manager, created.at("/token/id")).get("revokedAt").isNull()).isFalse();
	}

	@Test
	void tokenCannotMakeTokens() {
		TestCompany company = this.fixtures.customer("Kaffee Rösterei");
		HubClient manager = anonymous().login(company.email(), company.password());
		String secret = manager.post("/api/v1/api-tokens", Map.of("name", "Everything")).expect(201).at("/secret");

		bearer("POST", "/api/v1/api-tokens", secret, "{\"name\":\"Offspring\"}").expect(403);

		assertThat(manager.get("/api/v1/api-tokens").json()).extracting(token -> token.get("name").asText())
			.containsExactly("Everything");
	}

	@Test
	void tokenWithoutConnectionsPrivilegeCannotSeeConnections() {
		TestCompany company = this.fixtures.customer("Weinhandel Rebe");
		HubClient manager = anonymous().login(company.email(), company.password());
		String secret = manager
			.post("/api/v1/api-tokens", Map.of("name", "Order feed", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");

		Response denied = bearer("GET", "/api/v1/connections", secret, null).expect(403);

		assertThat(denied.at("/detail")).contains("CONNECTIONS");
	}

	@Test
	void userWithoutIntegrationPrivilegeCannotMakeTokens() {
		TestCompany company = this.fixtures.customer("Obst Stand");
		HubClient manager = anonymous().login(company.email(), company.password());
		String email = address("clerk");
		manager.post("/api/v1/users", newUser(email, "CONNECTIONS", "ORDERS")).expect(201);
		HubClient clerk = anonymous().login(email, PASSWORD);

		clerk.post("/api/v1/api-tokens", Map.of("name", "My own")).expect(403);

		assertThat(manager.get("/api/v1/api-tokens").json()).isEmpty();
	}

	@Test
	void tokenNeverCarriesPrivilegesItsMakerLacks() {
		TestCompany company = this.fixtures.customer("Fisch Markt");
		HubClient manager = anonymous().login(company.email(), company.password());
		String email = address("integrator");
		manager.post("/api/v1/users", newUser(email, "INTEGRATION", "ORDERS")).expect(201);
		HubClient integrator = anonymous().login(email, PASSWORD);

		Response refused = integrator
			.post("/api/v1/api-tokens", Map.of("name", "Wider", "privileges", List.of("ORDERS", "CONNECTIONS")))
			.expect(403);
		assertThat(refused.at("/detail")).contains("CONNECTIONS");

		Response unscoped = integrator.post("/api/v1/api-tokens", Map.of("name", "Default")).expect(201);
		assertThat(unscoped.json().at("/token/privileges")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("INTEGRATION", "ORDERS");
		bearer("GET", "/api/v1/connections", unscoped.at("/secret"), null).expect(403);
	}

	private static JsonNode token(HubClient manager, String id) {
		for (JsonNode token : manager.get("/api/v1/api-tokens").expect(200).json()) {
			if (token.get("id").asText().equals(id)) {
				return token;
			}
		}
		throw new AssertionError("No API token " + id);
	}

	private Response bearer(String method, String path, String secret, String json) {
		return HubClient.system(this.port, secret).send(method, path, json);
	}

	private static Map<String, Object> newUser(String email, String... privileges) {
		return Map.of("email", email, "name", "Test User", "password", PASSWORD, "accountManager", false, "privileges",
				List.of(privileges));
	}

	private static String sha256Hex(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
