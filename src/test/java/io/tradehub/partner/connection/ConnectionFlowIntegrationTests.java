package io.tradehub.partner.connection;

import java.util.List;
import java.util.Map;

import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Existing customers ask suppliers to connect; the supplier accepts with onboarding,
 * rejects, deactivates and reactivates, and every step mails the other side.
 */
class ConnectionFlowIntegrationTests extends HubIntegrationTest {

	private TestCompany supplier;

	private HubClient supplierClient;

	private TestCompany customer;

	private HubClient customerClient;

	@BeforeEach
	void partners() {
		this.supplier = this.fixtures.supplier("Sunrise Produce");
		this.supplierClient = anonymous().login(this.supplier.email(), this.supplier.password());
		this.customer = this.fixtures.customer("Harbour Kitchen");
		this.customerClient = anonymous().login(this.customer.email(), this.customer.password());
	}

	@Test
	void requestAcceptedWithOnboardingBecomesActiveOnceContactsAndTermsAreIn() {
		this.supplierClient
			.put("/api/v1/company", Map.of("details", Fixtures.details("Sunrise Produce", this.supplier.email(), "en"),
					"termsVersion", "2026-01", "termsUrl", "http://hub.test/terms/sunrise-2026-01.pdf"))
			.expect(200);
		assertThat(this.customerClient.get("/api/v1/suppliers").json().findValuesAsText("name"))
			.contains("Sunrise Produce");

		String id = request("We run three restaurants by the harbour.");
		Received request = mailbox(this.supplier.email()).await(1);
		assertThat(request.subject()).isEqualTo("Harbour Kitchen asks to connect with you");
		assertThat(request.text()).contains("> We run three restaurants by the harbour.")
			.contains("http://hub.test/connections/" + id);

		Map<String, Object> settings = Map.of("priceType", "RETAIL", "markupPercent", 7.5, "visibility", "ALLOW_LIST",
				"products", List.of("APL-001", "PEAR-002"), "orderCreationAllowed", false, "daysOfService",
				Map.of("TUESDAY", "Own truck", "FRIDAY", "Own truck"), "answerWindowHours", 48, "shippingWindowDays",
				3);
		Response onboarding = this.supplierClient
			.post("/api/v1/connections/" + id + "/accept-with-onboarding", settings)
			.expect(200);
		assertThat(onboarding.at("/status")).isEqualTo("ONBOARDING");
		Received onboardingMail = mailbox(this.customer.email()).await(1);
		assertThat(onboardingMail.subject()).isEqualTo("Finish connecting with Sunrise Produce");
		assertThat(onboardingMail.text()).contains("(version 2026-01)")
			.contains("http://hub.test/terms/sunrise-2026-01.pdf")
			.contains("http://hub.test/onboarding/" + id);

		Map<String, Object> contacts = Map.of("financeContact",
				Map.of("name", "Fay Finance", "email", "finance@harbour.example"), "orderingContact",
				Map.of("name", "Otto Orders", "email", "orders@harbour.example", "phone", "+49 40 123"));
		Response oldTerms = this.customerClient
			.put("/api/v1/connections/" + id + "/onboarding",
					with(contacts, "termsVersion", "2025-07", "acceptTerms", true))
			.expect(400);
		assertThat(oldTerms.json().at("/errors/0/field").asText()).isEqualTo("termsVersion");
		Response notAccepted = this.customerClient
			.put("/api/v1/connections/" + id + "/onboarding",
					with(contacts, "termsVersion", "2026-01", "acceptTerms", false))
			.expect(400);
		assertThat(notAccepted.json().at("/errors/0/field").asText()).isEqualTo("acceptTerms");
		this.supplierClient
			.put("/api/v1/connections/" + id + "/onboarding",
					with(contacts, "termsVersion", "2026-01", "acceptTerms", true))
			.expect(403);

		Response active = this.customerClient
			.put("/api/v1/connections/" + id + "/onboarding",
					with(contacts, "termsVersion", "2026-01", "acceptTerms", true))
			.expect(200);
		assertThat(active.at("/status")).isEqualTo("ACTIVE");
		assertThat(active.at("/termsVersion")).isEqualTo("2026-01");
		assertThat(active.at("/termsAcceptedBy")).isEqualTo(this.customer.email());
		assertThat(active.at("/termsAcceptedAt")).isNotEmpty();
		assertThat(active.at("/settings/visibility")).isEqualTo("ALLOW_LIST");
		assertThat(active.json().at("/settings/orderCreationAllowed").asBoolean()).isFalse();
		assertThat(active.at("/settings/answerWindowHours")).isEqualTo("48");
		Response customerCompany = this.customerClient.get("/api/v1/company").expect(200);
		assertThat(customerCompany.at("/financeContact/email")).isEqualTo("finance@harbour.example");
		assertThat(customerCompany.at("/orderingContact/name")).isEqualTo("Otto Orders");

		Received completed = mailbox(this.supplier.email()).await(2);
		assertThat(completed.subject()).isEqualTo("Harbour Kitchen finished onboarding");
		assertThat(history(id)).containsExactly("request", "accept-with-onboarding", "complete-onboarding");
		assertThat(mailbox(this.customer.email()).all()).hasSize(1);
	}

	@Test
	void rejectedRequestTellsTheCustomerWhyAndCanBeAskedAgain() {
		String id = request(null);
		mailbox(this.supplier.email()).await(1);

		Response rejected = this.supplierClient
			.post("/api/v1/connections/" + id + "/reject", Map.of("reason", "We only deliver within Bavaria."))
			.expect(200);
		assertThat(rejected.at("/status")).isEqualTo("REJECTED");
		Received mail = mailbox(this.customer.email()).await(1);
		assertThat(mail.subject()).isEqualTo("Sunrise Produce declined your connection request");
		assertThat(mail.text()).contains("> We only deliver within Bavaria.");

		Response late = this.supplierClient.post("/api/v1/connections/" + id + "/accept").expect(409);
		assertThat(late.at("/currentState")).isEqualTo("REJECTED");
		assertThat(late.at("/detail")).isEqualTo("Cannot accept connection " + id + " while it is REJECTED.");

		String again = request("We opened a kitchen in Munich.");
		assertThat(again).isEqualTo(id);
		assertThat(mailbox(this.supplier.email()).await(2).text()).contains("> We opened a kitchen in Munich.");
		assertThat(this.supplierClient.get("/api/v1/connections/" + id).at("/status")).isEqualTo("PENDING");
		assertThat(
				this.supplierClient.get("/api/v1/connections/" + id + "/history").json().get(1).get("reason").asText())
			.isEqualTo("We only deliver within Bavaria.");
	}

	@Test
	void deactivatedConnectionCanBeReactivated() {
		String id = request(null);
		this.customerClient.post("/api/v1/connections/" + id + "/accept").expect(403);
		this.supplierClient.post("/api/v1/connections/" + id + "/accept").expect(200);
		mailbox(this.customer.email()).await(1);

		Response deactivated = this.supplierClient
			.post("/api/v1/connections/" + id + "/deactivate", Map.of("reason", "Unpaid invoices since March."))
			.expect(200);
		assertThat(deactivated.at("/status")).isEqualTo("DEACTIVATED");
		Received off = mailbox(this.customer.email()).await(2);
		assertThat(off.subject()).isEqualTo("Your connection with Sunrise Produce has been deactivated");
		assertThat(off.text()).contains("> Unpaid invoices since March.");
		assertThat(
				this.supplierClient.post("/api/v1/connections/" + id + "/deactivate").expect(409).at("/currentState"))
			.isEqualTo("DEACTIVATED");

		assertThat(this.supplierClient.post("/api/v1/connections/" + id + "/reactivate").expect(200).at("/status"))
			.isEqualTo("ACTIVE");
		Received on = mailbox(this.customer.email()).await(3);
		assertThat(on.subject()).isEqualTo("Your connection with Sunrise Produce is active again");
		assertThat(history(id)).containsExactly("request", "accept", "deactivate", "reactivate");
		assertThat(this.supplierClient.get("/api/v1/connections/" + id + "/history").json().get(2).get("by").asText())
			.isEqualTo(this.supplier.email());
		assertThat(this.supplierClient.get("/api/v1/connections?status=ACTIVE").json().findValuesAsText("id"))
			.contains(id);
	}

	@Test
	void mailsGoOutInTheRecipientCompanysLanguage() {
		TestCompany german = this.fixtures.company("Bäckerei Kranz", io.tradehub.partner.company.CompanyRole.CUSTOMER,
				"de");
		HubClient germanClient = anonymous().login(german.email(), german.password());
		String id = germanClient.post("/api/v1/connections", Map.of("supplierId", this.supplier.id().toString()))
			.expect(201)
			.at("/id");
		this.supplierClient.post("/api/v1/connections/" + id + "/accept").expect(200);
		Received mail = mailbox(german.email()).await(1);
		assertThat(mail.subject()).isEqualTo("Sie sind jetzt mit Sunrise Produce verbunden");
		assertThat(mail.text()).contains("Ihre Verbindung mit Sunrise Produce ist aktiv");
		assertThat(mailbox(this.supplier.email()).await(1).subject())
			.isEqualTo("Bäckerei Kranz asks to connect with you");
	}

	private String request(String message) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("supplierId", this.supplier.id().toString());
		body.put("message", message);
		Response response = this.customerClient.post("/api/v1/connections", body).expect(201);
		assertThat(response.at("/status")).isEqualTo("PENDING");
		assertThat(response.at("/side")).isEqualTo("CUSTOMER");
		return response.at("/id");
	}

	private List<String> history(String id) {
		return this.supplierClient.get("/api/v1/connections/" + id + "/history").json().findValuesAsText("action");
	}

	private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
		Map<String, Object> merged = new java.util.HashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			merged.put((String) pairs[i], pairs[i + 1]);
		}
		return merged;
	}

}
