package io.tradehub.partner;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which channels a company may send through: the ones its profile lists, HTTP for its API
 * tokens, and the portal for its users, even without any profile.
 */
class TechnicalProfileTests {

	private static final TechnicalProfile SFTP_ONLY = new TechnicalProfile("bistro", ExchangeFormat.EDIFACT_D96A, null,
			SyntaxId.UNOC, false, List.of(new InboundChannel("bistro-sftp-in", "bistro")), null,
			AcknowledgementPolicy.NONE);

	@Test
	void aProfileAdmitsTheChannelsItListsWithTheirIdentityAndHttpAndThePortal() {
		assertThat(SFTP_ONLY.admits("bistro-sftp-in", "BISTRO")).isTrue();
		assertThat(SFTP_ONLY.admits("bistro-sftp-in", "someone-else")).isFalse();
		assertThat(SFTP_ONLY.admits("other-sftp-in", "bistro")).isFalse();
		assertThat(SFTP_ONLY.admits(TechnicalProfile.HTTP, "token:ERP")).isTrue();
		assertThat(SFTP_ONLY.admits(TechnicalProfile.PORTAL, "buyer@bistro.example")).isTrue();
	}

	@Test
	void aCompanyWithoutProfileSendsThroughThePortalOnly() {
		assertThat(TechnicalProfile.admits(null, TechnicalProfile.PORTAL, "buyer@bistro.example")).isTrue();
		assertThat(TechnicalProfile.admits(null, TechnicalProfile.HTTP, "token:ERP")).isFalse();
		assertThat(TechnicalProfile.admits(null, "bistro-sftp-in", "bistro")).isFalse();
		assertThat(TechnicalProfile.admits(SFTP_ONLY, "bistro-sftp-in", "bistro")).isTrue();
	}

}
