package io.tradehub.partner.invite;

import java.time.Duration;
import java.util.Map;

import io.tradehub.test.Bounces;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supplier's invites page: resending and cancelling invites, and bounced invites
 * landing on the Errors tab until the supplier clears them.
 */
class InviteMaintenanceIntegrationTests extends HubIntegrationTest {

	@Test
	void resendMailsAFreshLinkAndCancelKillsIt() {
		TestCompany supplier = this.fixtures.supplier("Nordic Fish");
		HubClient client = anonymous().login(supplier.email(), supplier.password());
		String invitee = address("harbour");
		String inviteId = client.post("/api/v1/invites", Map.of("email", invitee)).expect(201).at("/id");
		String firstToken = token(mailbox(invitee).await(1));

		Response resent = client.post("/api/v1/invites/" + inviteId + "/resend").expect(200);
		assertThat(resent.at("/sentCount")).isEqualTo("2");
		Received second = mailbox(invitee).await(2);
		assertThat(second.subject()).isEqualTo("Nordic Fish invites you to trade on Tradehub");
		String secondToken = token(second);
		assertThat(secondToken).isNotEqualTo(firstToken);
		anonymous().get("/api/v1/registrations/invite?token=" + firstToken).expect(404);
		anonymous().get("/api/v1/registrations/invite?token=" + secondToken).expect(200);

		client.post("/api/v1/invites/" + inviteId + "/cancel").expect(200);
		assertThat(ids(client.get("/api/v1/invites?status=DEACTIVATED"))).contains(inviteId);
		assertThat(ids(client.get("/api/v1/invites?status=PENDING"))).doesNotContain(inviteId);
		Response cancelled = anonymous().get("/api/v1/registrations/invite?token=" + secondToken).expect(410);
		assertThat(cancelled.at("/detail")).isEqualTo("This invite was cancelled by the supplier.");

		Response resendCancelled = client.post("/api/v1/invites/" + inviteId + "/resend").expect(409);
		assertThat(resendCancelled.at("/currentState")).isEqualTo("DEACTIVATED");
		assertThat(mailbox(invitee).all()).hasSize(2);
	}

	@Test
	void bouncedInviteAppearsOnErrorsTabWithTheReasonUntilCleared() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Valley Dairy");
		HubClient client = anonymous().login(supplier.email(), supplier.password());
		String invitee = address("nobody");
		String inviteId = client.post("/api/v1/invites", Map.of("email", invitee, "message", "Hello"))
			.expect(201)
			.at("/id");
		Received sent = mailbox(invitee).await(1);

		deliverBounce(invitee, sent.messageId(), "smtp; 550 5.1.1 <" + invitee + ">: Recipient address rejected");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(client.get("/api/v1/invites/" + inviteId).at("/status")).isEqualTo("ERROR"));
		Response errors = client.get("/api/v1/invites?status=ERROR").expect(200);
		assertThat(ids(errors)).containsExactly(inviteId);
		assertThat(errors.json().get(0).get("errorReason").asText()).isEqualTo(
				"The mail to " + invitee + " bounced: smtp; 550 5.1.1 <" + invitee + ">: Recipient address rejected");
		assertThat(ids(client.get("/api/v1/invites?status=PENDING"))).doesNotContain(inviteId);

		Response cleared = client.post("/api/v1/invites/clear-errors").expect(200);
		assertThat(cleared.at("/cleared")).isEqualTo("1");
		assertThat(client.get("/api/v1/invites?status=ERROR").json()).isEmpty();
		assertThat(client.get("/api/v1/invites/" + inviteId).at("/status")).isEqualTo("CLEARED");
	}

	@Test
	void bounceOfAnOlderSendDoesNotMarkTheResentInvite() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Orchard Co");
		HubClient client = anonymous().login(supplier.email(), supplier.password());
		String invitee = address("late-bounce");
		String inviteId = client.post("/api/v1/invites", Map.of("email", invitee)).expect(201).at("/id");
		Received first = mailbox(invitee).await(1);
		client.post("/api/v1/invites/" + inviteId + "/resend").expect(200);
		mailbox(invitee).await(2);
		String probe = address("probe");
		String probeId = client.post("/api/v1/invites", Map.of("email", probe)).expect(201).at("/id");
		Received probeMail = mailbox(probe).await(1);

		deliverBounce(invitee, first.messageId(), "smtp; 452 mailbox full");
		deliverBounce(probe, probeMail.messageId(), "smtp; 550 no such user");

		// The probe's bounce is read after the older one; once it is in, the older one
		// has been handled too.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client.get("/api/v1/invites/" + probeId).at("/status")).isEqualTo("ERROR"));
		assertThat(client.get("/api/v1/invites/" + inviteId).at("/status")).isEqualTo("PENDING");
	}

	private void deliverBounce(String recipient, String originalMessageId, String diagnostic) throws Exception {
		Bounces.deliver(MAIL, this.bounces, recipient, originalMessageId, diagnostic);
	}

	private static String token(Received mail) {
		String link = mail.link("http://hub.test/register?invite=");
		return link.substring(link.indexOf('=') + 1);
	}

	private static java.util.List<String> ids(Response list) {
		return list.json().findValuesAsText("id");
	}

}
