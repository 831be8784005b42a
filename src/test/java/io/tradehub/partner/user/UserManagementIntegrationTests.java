package io.tradehub.partner.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account manager runs the company's users through the REST API: who exists, what
 * each may do, and that there is always an account manager left.
 */
class UserManagementIntegrationTests extends HubIntegrationTest {

	private static final String PASSWORD = "a long and secret password";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void accountManagerCreatesUserWithChosenPrivilegesAndNeverSeesAPasswordBack() {
		TestCompany company = this.fixtures.customer("Kiosk Nord");
		HubClient manager = anonymous().login(company.email(), company.password());
		String email = address("clerk");

		Response created = manager.post("/api/v1/users", newUser(email, false, "ORDERS", "SHIPPING")).expect(201);

		assertThat(created.at("/email")).isEqualTo(email);
		assertThat(created.at("/accountManager")).isEqualTo("false");
		assertThat(created.json().get("privileges")).extracting(privilege -> privilege.asText())
			.containsExactlyInAnyOrder("ORDERS", "SHIPPING");
		assertThat(created.json().has("password")).isFalse();
		assertThat(created.json().has("passwordHash")).isFalse();
		assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
		assertThat(manager.get("/api/v1/users/" + created.at("/id")).expect(200).body()).doesNotContain(PASSWORD)
			.doesNotContain("{bcrypt}");
	}

	@Test
	void passwordIsStoredAsAnAdaptiveHash() {
		TestCompany company = this.fixtures.customer("Hash Haus");
		HubClient manager = anonymous().login(company.email(), company.password());

		String id = manager.post("/api/v1/users", newUser(address("hashed"), false)).expect(201).at("/id");

		String hash = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				UUID.fromString(id));
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

	@Test
	void userSeesOnlyWhatItsPrivilegesAllow() {
		TestCompany company = this.fixtures.supplier("Mühle Ost");
		HubClient manager = anonymous().login(company.email(), company.password());
		String viewerEmail = address("viewer");
		String shipperEmail = address("shipper");
		manager.post("/api/v1/users", newUser(viewerEmail, false, "USERS")).expect(201);
		manager.post("/api/v1/users", newUser(shipperEmail, false, "SHIPPING")).expect(201);

		HubClient viewer = anonymous().login(viewerEmail, PASSWORD);
		assertThat(viewer.get("/api/v1/users").expect(200).json()).extracting(user -> user.get("email").asText())
			.containsExactlyInAnyOrder(company.email(), viewerEmail, shipperEmail);
		Response denied = viewer.get("/api/v1/connections").expect(403);
		assertThat(denied.at("/detail")).contains("CONNECTIONS");

		HubClient shipper = anonymous().login(shipperEmail, PASSWORD);
		assertThat(shipper.get("/api/v1/users").expect(403).at("/detail")).contains("USERS");
		shipper.get("/api/v1/connections").expect(403);
	}

	@Test
	void onlyTheAccountManagerCreatesDeletesOrGrantsUsers() {
		TestCompany company = this.fixtures.customer("Café Süd");
		HubClient manager = anonymous().login(company.email(), company.password());
		String deputyEmail = address("deputy");
		manager.post("/api/v1/users", newUser(deputyEmail, false, "USERS", "CONNECTIONS", "INTEGRATION")).expect(201);
		String otherId = manager.post("/api/v1/users", newUser(address("other"), false, "ORDERS"))
			.expect(201)
			.at("/id");
		HubClient deputy = anonymous().login(deputyEmail, PASSWORD);

		String intruderEmail = address("intruder");
		assertThat(deputy.post("/api/v1/users", newUser(intruderEmail, true)).expect(403).at("/detail"))
			.contains("account manager");
		deputy.put("/api/v1/users/" + otherId + "/privileges", Map.of("privileges", List.of("CATALOG"))).expect(403);
		deputy.put("/api/v1/users/" + company.userId() + "/privileges", Map.of("accountManager", false)).expect(403);
		deputy.delete("/api/v1/users/" + otherId).expect(403);

		assertThat(manager.get("/api/v1/users").json()).extracting(user -> user.get("email").asText())
			.doesNotContain(intruderEmail)
			.hasSize(3);
		assertThat(manager.get("/api/v1/users/" + otherId).json().get("privileges"))
			.extracting(privilege -> privilege.asText())
			.containsExactly("ORDERS");
		assertThat(manager.get("/api/v1/users/" + company.userId()).at("/accountManager")).isEqualTo("true");
	}

	@Test
	void changedPrivilegesTakeEffectOnTheUsersOpenSessionAtOnce() {
		TestCompany company = this.fixtures.supplier("Backstube West");
		HubClient manager = anonymous().login(company.email(), company.password());
		String email = address("buyer");
		String id = manager.post("/api/v1/users", newUser(email, false, "ORDERS")).expect(201).at("/id");
		HubClient user = anonymous().login(email, PASSWORD);
		user.get("/api/v1/connections").expect(403);

		manager.put("/api/v1/users/" + id + "/privileges", Map.of("privileges", List.of("ORDERS", "CONNECTIONS")))
			.expect(200);
		user.get("/api/v1/connections").expect(200);

		manager.put("/api/v1/users/" + id + "/privileges", Map.of("privileges", List.of("ORDERS"))).expect(200);
		user.get("/api/v1/connections").expect(403);
	}

	@Test
	void deletedUserLosesItsSessionAndCannotSignInAgain() {
		TestCompany company = this.fixtures.customer("Laden Mitte");
		HubClient manager = anonymous().login(company.email(), company.password());
		String email = address("leaver");
		String id = manager.post("/api/v1/users", newUser(email, false, "CONNECTIONS")).expect(201).at("/id");
		HubClient leaver = anonymous().login(email, PASSWORD);
		leaver.get("/api/v1/connections").expect(200);

		manager.delete("/api/v1/users/" + id).expect(204);

		Response refused = leaver.get("/api/v1/connections").expect(401);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(anonymous().tryLogin(email, PASSWORD).header("Location")).contains("error");
		manager.get("/api/v1/users/" + id).expect(404);
	}

	@Test
	void lastAccountManagerCanBeNeitherDeletedNorDemotedUntilAnotherIsPromoted() {
		TestCompany company = this.fixtures.customer("Feinkost Nagel");
		HubClient manager = anonymous().login(company.email(), company.password());
		String successorEmail = address("successor");
		String successorId = manager.post("/api/v1/users", newUser(successorEmail, false, "ORDERS"))
			.expect(201)
			.at("/id");

		Response notDeleted = manager.delete("/api/v1/users/" + company.userId()).expect(409);
		assertThat(notDeleted.at("/detail")).contains(company.email()).contains("last account manager");
		Response notDemoted = manager
			.put("/api/v1/users/" + company.userId() + "/privileges",
					Map.of("privileges", List.of("ORDERS"), "accountManager", false))
			.expect(409);
		assertThat(notDemoted.at("/detail")).contains("last account manager");
		assertThat(manager.get("/api/v1/users/" + company.userId()).at("/accountManager")).isEqualTo("true");

		manager.put("/api/v1/users/" + successorId + "/privileges", Map.of("accountManager", true)).expect(200);
		Response demoted = manager
			.put("/api/v1/users/" + company.userId() + "/privileges",
					Map.of("privileges", List.of("ORDERS"), "accountManager", false))
			.expect(200);

		assertThat(demoted.at("/accountManager")).isEqualTo("false");
		manager.post("/api/v1/users", newUser(address("late"), false)).expect(403);
		HubClient successor = anonymous().login(successorEmail, PASSWORD);
		assertThat(successor.delete("/api/v1/users/" + successorId).expect(409).at("/detail"))
			.contains("last account manager");
		successor.delete("/api/v1/users/" + company.userId()).expect(204);
	}

	@Test
	void emailThatHasAnAccountAnywhereOnTheHubIsRefused() {
		TestCompany company = this.fixtures.customer("Markt Eins");
		TestCompany otherCompany = this.fixtures.supplier("Großhandel Zwei");
		HubClient manager = anonymous().login(company.email(), company.password());
		String colleague = address("colleague");
		manager.post("/api/v1/users", newUser(colleague, false)).expect(201);

		manager.post("/api/v1/users", newUser(colleague, false)).expect(409);
		Response elsewhere = manager.post("/api/v1/users", newUser(otherCompany.email().toUpperCase(), false))
			.expect(409);

		assertThat(elsewhere.at("/detail")).contains(otherCompany.email()).contains("already exists");
		assertThat(manager.get("/api/v1/users").json()).extracting(user -> user.get("email").asText())
			.containsExactlyInAnyOrder(company.email(), colleague);
		HubClient otherManager = anonymous().login(otherCompany.email(), otherCompany.password());
		assertThat(otherManager.get("/api/v1/users").expect(200).json()).extracting(user -> user.get("id").asText())
			.containsExactly(otherCompany.userId().toString());
	}

	@Test
	void accountManagerCannotTouchUsersOfAnotherCompany() {
		TestCompany company = this.fixtures.customer("Eck Laden");
		TestCompany otherCompany = this.fixtures.customer("Nachbar Laden");
		HubClient manager = anonymous().login(company.email(), company.password());

		manager.get("/api/v1/users/" + otherCompany.userId()).expect(404);
		manager.put("/api/v1/users/" + otherCompany.userId() + "/privileges", Map.of("accountManager", false))
			.expect(404);
		manager.delete("/api/v1/users/" + otherCompany.userId()).expect(404);

		anonymous().login(otherCompany.email(), otherCompany.password())
			.get("/api/v1/users/" + otherCompany.userId())
			.expect(200);
	}

	private static Map<String, Object> newUser(String email, boolean accountManager, String... privileges) {
		return Map.of("email", email, "name", "Test User", "password", PASSWORD, "accountManager", accountManager,
				"privileges", List.of(privileges));
	}

}
