package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import io.tradehub.test.Fixtures;
import io.tradehub.test.TestFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer mails an X12 850 as an attachment to the hub's orders mailbox; its supplier
 * finds the order as EANCOM ORDERS in its SFTP directory, and the customer gets a 997 as
 * a mail attachment.
 */
class MailToSftpPipelineTests extends PipelineEndToEndTest {

	static final String CUSTOMER_MAIL = "diner-e2e@example.com";

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	@Test
	void anX12OrderMailedAsAttachmentReachesTheSupplierAsEancomBySftpAndIsAcknowledgedBy997() throws Exception {
		trade("Mail Diner", CUSTOMER_GLN, profile("mail-diner", "X12_4010",
				List.of(Map.of("routeId", "mail-diner-in", "identity", CUSTOMER_MAIL)), "mail-diner-out", "SYNTAX"),
				"SFTP Dairy", SUPPLIER_GLN, profile("sftp-dairy", "EDIFACT_D96A", List.of(), "sftp-dairy-out", "NONE"));

		mail(CUSTOMER_MAIL, "po-4001.x12", order("401", "PO-4001"));

		String orders = Files.readString(TestFiles.awaitFile(sftp("dairy/in"), "order-"), StandardCharsets.ISO_8859_1);
		assertThat(orders).contains("UNB+UNOC:3+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+")
			.contains("UNH+1+ORDERS:D:96A:UN:EAN008'")
			.contains("BGM+220+PO-4001")
			.contains("QTY+21:48");
		MimeMessage mail = mailbox(CUSTOMER_MAIL).await(1).message();
		String ack = new String(attachment(mail, "x12-ack-").getInputStream().readAllBytes(),
				StandardCharsets.ISO_8859_1);
		assertThat(ack).contains("ST*997*").contains("AK1*PO*401~").contains("AK5*A~").contains("AK9*A*1*1*1~");
	}

	@Test
	void aCustomerThatWantsRepliesGetsThe997AsAReplyToItsMail() throws Exception {
		String customerMail = address("deli");
		String customerGln = Fixtures.gln();
		String supplierGln = Fixtures.gln();
		trade("Mail Deli", customerGln,
				replying(profile("mail-deli", "X12_4010",
						List.of(Map.of("routeId", "mail-deli-in", "identity", customerMail)), null, "SYNTAX")),
				"Portal Creamery", supplierGln, profile("portal-creamery", "EDIFACT_D96A", List.of(), null, "NONE"));

		String sent = mail(customerMail, REPLY_MAILBOX, "po-4101.x12",
				order(customerGln, supplierGln, "411", "PO-4101"));

		MimeMessage reply = mailbox(customerMail).await(1).message();
		assertThat(reply.getSubject()).isEqualTo("Acknowledgement of po-4101.x12");
		assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(sent);
		String ack = new String(attachment(reply, "x12-ack-").getInputStream().readAllBytes(),
				StandardCharsets.ISO_8859_1);
		assertThat(ack).contains("ST*997*").contains("AK1*PO*411~").contains("AK5*A~").contains("AK9*A*1*1*1~");
	}

	private static String order(String group, String number) {
		return order(CUSTOMER_GLN, SUPPLIER_GLN, group, number);
	}

	private static String order(String customerGln, String supplierGln, String group, String number) {
		String interchange = "%09d".formatted(Integer.parseInt(group));
		return "ISA*00*          *00*          *14*" + pad(customerGln) + "*14*" + pad(supplierGln)
				+ "*261123*1330*U*00401*" + interchange + "*0*T*>~\nGS*PO*" + customerGln + "*" + supplierGln
				+ "*20261123*1330*" + group + "*X*004010~\nST*850*0001~\nBEG*00*SA*" + number
				+ "**20261123~\nPO1*1*48*EA*5.00**UP*400086214140~\nCTT*1~\nSE*5*0001~\nGE*1*" + group + "~\nIEA*1*"
				+ interchange + "~\n";
	}

	private static String pad(String id) {
		return "%-15s".formatted(id);
	}

	private static void mail(String from, String fileName, String content) throws Exception {
		mail(from, ORDERS_MAILBOX, fileName, content);
	}

}
