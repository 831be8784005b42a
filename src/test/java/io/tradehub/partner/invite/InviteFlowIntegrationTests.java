package io.tradehub.partner.invite;

import java.util.Map;

import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier invites a customer by email; the customer registers from the mailed link and
 * the supplier accepts.
 */
class InviteFlowIntegrationTests extends HubIntegrationTest {

	@Test
	void invitedCustomerRegistersAndIsAccepted() {
		TestCompany supplier = this.fixtures.supplier("Alpine Foods");
		HubClient supplierClient = anonymous().login(supplier.email(), supplier.password());
		String invitee = address("bistro");

		Response invite = supplierClient
			.post("/api/v1/invites", Map.of("email", invitee, "message", "Dear Bistro, let us trade online."))
			.expect(201);
		assertThat(invite.at("/status")).isEqualTo("PENDING");

		Received inviteMail = mailbox(invitee).await(1);
		assertThat(inviteMail.subject()).isEqualTo("Alpine Foods invites you to trade on Tradehub");
		assertThat(inviteMail.text()).contains("Alpine Foods invites you to exchange order requests")
			.contains("> Dear Bistro, let us trade online.");
		assertThat(inviteMail.html()).contains("Dear Bistro, let us trade online.");
		String link = inviteMail.link("http://hub.test/register?invite=");
		String token = link.substring(link.indexOf('=') + 1);

		HubClient customerClient = anonymous();
		Response preview = customerClient.get("/api/v1/registrations/invite?token=" + token).expect(200);
		assertThat(preview.at("/supplierName")).isEqualTo("Alpine Foods");
		assertThat(preview.at("/email")).isEqualTo(invitee);

		Response registered = customerClient.post("/api/v1/registrations",
				Map.of("inviteToken", token, "company", Fixtures.details("Bistro Lumen", invitee, "en"), "user",
						Map.of("name", "Lena Bistro", "password", "a long enough password")))
			.expect(201);
		String connectionId = registered.at("/connectionId");

		Received requestMail = mailbox(supplier.email()).await(1);
		assertThat(requestMail.subject()).isEqualTo("Bistro Lumen asks to connect with you");
		assertThat(requestMail.text()).contains("http://hub.test/connections/" + connectionId);

		Response accepted = supplierClient.post("/api/v1/connections/" + connectionId + "/accept").expect(200);
		assertThat(accepted.at("/status")).isEqualTo("ACTIVE");
		assertThat(accepted.at("/customer/name")).isEqualTo("Bistro Lumen");

		Received activeMail = mailbox(invitee).await(2);
		assertThat(activeMail.subject()).isEqualTo("You are now connected with Alpine Foods");

		HubClient customerSession = anonymous().login(invitee, "a long enough password");
		Response seenByCustomer = customerSession.get("/api/v1/connections/" + connectionId).expect(200);
		assertThat(seenByCustomer.at("/status")).isEqualTo("ACTIVE");
		assertThat(seenByCustomer.at("/side")).isEqualTo("CUSTOMER");
		assertThat(supplierClient.get("/api/v1/connections/" + connectionId + "/history").json())
			.extracting(step -> step.get("action").asText())
			.containsExactly("request", "accept");
		assertThat(supplierClient.get("/api/v1/invites/" + invite.at("/id")).at("/status")).isEqualTo("ACCEPTED");

		customerClient.post("/api/v1/registrations",
				Map.of("inviteToken", token, "company", Fixtures.details("Bistro Again", invitee, "en"), "user",
						Map.of("name", "Lena Bistro", "password", "a long enough password")))
			.expect(410);
		assertThat(mailbox(invitee).all()).hasSize(2);
		assertThat(mailbox(supplier.email()).all()).hasSize(1);
	}

}
