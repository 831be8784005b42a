package io.tradehub.partner.invite;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
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
 * A prospect joins through a supplier's permanent invite link: verifies the email address
 * with a mailed code, registers, and waits for the supplier to approve and then activate
 * the connection.
 */
class InviteLinkFlowIntegrationTests extends HubIntegrationTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	private TestCompany supplier;

	private HubClient supplierClient;

	private String code;

	@BeforeEach
	void supplierWithLink() {
		this.supplier = this.fixtures.supplier("Mountain Bakery");
		this.supplierClient = anonymous().login(this.supplier.email(), this.supplier.password());
		String url = this.supplierClient.get("/api/v1/invite-link").expect(200).at("/url");
		this.code = url.substring(url.lastIndexOf('/') + 1);
	}

	@Test
	void qrCodeDecodesToExactlyTheInviteLink() throws Exception {
		String url = this.supplierClient.get("/api/v1/invite-link").at("/url");
		assertThat(url).isEqualTo("http://hub.test/join/" + this.code);

		Response png = this.supplierClient.get("/api/v1/invite-link/qr.png").expect(200);
		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		var image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo(url);
	}

	@Test
	void prospectVerifiesRegistersAndIsApprovedThenActivated() {
		HubClient prospect = anonymous();
		assertThat(prospect.get("/api/v1/invite-links/" + this.code).expect(200).at("/supplierName"))
			.isEqualTo("Mountain Bakery");
		String email = address("prospect");
		String verificationId = prospect
			.post("/api/v1/invite-links/" + this.code + "/verifications", Map.of("email", email))
			.expect(201)
			.at("/verificationId");

		Received codeMail = mailbox(email).await(1);
		assertThat(codeMail.subject()).isEqualTo("Your verification code for Mountain Bakery");
		assertThat(codeMail.text()).contains("It is valid for 15 minutes.");
		String secret = codeIn(codeMail);

		Response wrong = confirm(prospect, verificationId, otherThan(secret)).expect(400);
		assertThat(wrong.json().at("/errors/0/field").asText()).isEqualTo("code");
		assertThat(wrong.json().at("/errors/0/message").asText()).isEqualTo("is not the code we sent; 4 tries left");
		confirm(prospect, verificationId, secret).expect(200);

		String connectionId = register(prospect, verificationId, email).expect(201).at("/connectionId");
		Received request = mailbox(this.supplier.email()).await(1);
		assertThat(request.subject()).isEqualTo("Pine Deli asks to connect with you");

		Response approved = this.supplierClient.post("/api/v1/connections/" + connectionId + "/approve").expect(200);
		assertThat(approved.at("/status")).isEqualTo("APPROVED_INACTIVE");
		assertThat(approved.at("/origin")).isEqualTo("INVITE_LINK");
		Received approvedMail = mailbox(email).await(2);
		assertThat(approvedMail.subject()).isEqualTo("Mountain Bakery approved your connection");

		Response notYet = this.supplierClient.post("/api/v1/connections/" + connectionId + "/accept").expect(409);
		assertThat(notYet.at("/currentState")).isEqualTo("APPROVED_INACTIVE");

		Map<String, Object> days = new LinkedHashMap<>();
		days.put("MONDAY", "DHL Freight");
		days.put("THURSDAY", "DB Schenker");
		Response active = this.supplierClient
			.post("/api/v1/connections/" + connectionId + "/activate",
					Map.of("priceType", "WHOLESALE", "markupPercent", 12.5, "daysOfService", days))
			.expect(200);
		assertThat(active.at("/status")).isEqualTo("ACTIVE");
		assertThat(active.at("/settings/priceType")).isEqualTo("WHOLESALE");
		assertThat(active.json().at("/settings/markupPercent").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(active.at("/settings/daysOfService/THURSDAY")).isEqualTo("DB Schenker");
		Received activeMail = mailbox(email).await(3);
		assertThat(activeMail.subject()).isEqualTo("You are now connected with Mountain Bakery");

		HubClient customer = anonymous().login(email, "pine deli password");
		assertThat(customer.get("/api/v1/connections/" + connectionId).at("/status")).isEqualTo("ACTIVE");
		assertThat(mailbox(email).all()).hasSize(3);
	}

	@Test
	void expiredCodeIsRefusedWithAClearMessage() {
		HubClient prospect = anonymous();
		String email = address("slow");
		String verificationId = start(prospect, email);
		String secret = codeIn(mailbox(email).await(1));
		this.clock.advance(Duration.ofMinutes(16));

		Response expired = confirm(prospect, verificationId, secret).expect(410);
		assertThat(expired.at("/detail")).isEqualTo("The verification code has expired; ask for a new code.");
		register(prospect, verificationId, email).expect(400);
	}

	@Test
	void fiveWrongCodesExhaustTheVerification() {
		HubClient prospect = anonymous();
		String email = address("guesser");
		String verificationId = start(prospect, email);
		String secret = codeIn(mailbox(email).await(1));
		for (int left = 4; left >= 1; left--) {
			Response wrong = confirm(prospect, verificationId, otherThan(secret)).expect(400);
			assertThat(wrong.json().at("/errors/0/message").asText())
				.endsWith(left + (left == 1 ? " try" : " tries") + " left");
		}
		Response last = confirm(prospect, verificationId, otherThan(secret)).expect(429);
		assertThat(last.at("/detail")).isEqualTo("Too many wrong codes were entered; ask for a new code.");
		confirm(prospect, verificationId, secret).expect(429);
		register(prospect, verificationId, email).expect(400);
	}

	@Test
	void verificationIsUsedOnceAndNeededFirst() {
		HubClient prospect = anonymous();
		String email = address("twice");
		String verificationId = start(prospect, email);
		Response unverified = register(prospect, verificationId, email).expect(400);
		assertThat(unverified.json().at("/errors/0/field").asText()).isEqualTo("verificationId");
		confirm(prospect, verificationId, codeIn(mailbox(email).await(1))).expect(200);
		register(prospect, verificationId, email).expect(201);
		register(prospect, verificationId, email).expect(410);
		Response taken = prospect.post("/api/v1/invite-links/" + this.code + "/verifications", Map.of("email", email))
			.expect(409);
		assertThat(taken.at("/detail")).contains("already exists");
	}

	@Test
	void unknownInviteLinkIsNotFound() {
		anonymous().get("/api/v1/invite-links/no-such-code").expect(404);
		anonymous().post("/api/v1/invite-links/no-such-code/verifications", Map.of("email", address("x"))).expect(404);
	}

	private String start(HubClient prospect, String email) {
		return prospect.post("/api/v1/invite-links/" + this.code + "/verifications", Map.of("email", email))
			.expect(201)
			.at("/verificationId");
	}

	private Response confirm(HubClient prospect, String verificationId, String secret) {
		return prospect.post("/api/v1/invite-links/" + this.code + "/verifications/" + verificationId + "/confirm",
				Map.of("code", secret));
	}

	private Response register(HubClient prospect, String verificationId, String email) {
		return prospect.post("/api/v1/invite-links/" + this.code + "/registrations",
				Map.of("verificationId", verificationId, "company", Fixtures.details("Pine Deli", email, "en"), "user",
						Map.of("name", "Pia Pine", "password", "pine deli password")));
	}

	private static String codeIn(Received mail) {
		Matcher matcher = CODE.matcher(mail.text());
		assertThat(matcher.find()).as("a 6-digit code in:\n" + mail.text()).isTrue();
		return matcher.group(1);
	}

	private static String otherThan(String secret) {
		return secret.equals("000000") ? "000001" : "000000";
	}

}
