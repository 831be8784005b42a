package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import jakarta.jms.BytesMessage;
import io.tradehub.test.Fixtures;
import io.tradehub.test.TestFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer uploads an EANCOM D96A ORDERS to its directory on an SFTP server; its
 * supplier's ERP reads the order as canonical JSON from a JMS queue, and the customer
 * finds a CONTRL in its outbound directory on the same server. The operator sees the
 * pipeline's stages timed in Prometheus.
 */
class SftpToJmsPipelineTests extends PipelineEndToEndTest {

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	@Test
	void anEancomOrderUploadedBySftpReachesTheSuppliersErpQueueAsJsonAndIsAcknowledged() throws Exception {
		trade("SFTP Bistro", CUSTOMER_GLN,
				profile("sftp-bistro", "EDIFACT_D96A", List.of(Map.of("routeId", "sftp-bistro-in")), "sftp-bistro-out",
						"SYNTAX"),
				"ERP Alpine Foods", SUPPLIER_GLN, profile("erp-alpine", "JSON", List.of(), "erp-alpine-out", "NONE"));

		upload(sftp("bistro/in"), "po-3001.edi", orders("INT3001", "PO-3001").getBytes(StandardCharsets.ISO_8859_1));

		this.jms.setReceiveTimeout(WAIT.toMillis());
		BytesMessage message = (BytesMessage) this.jms.receive("erp.alpine.orders");
		assertThat(message).as("the order on the ERP queue").isNotNull();
		assertThat(message.getStringProperty("fileName")).isEqualTo("order-PO-3001.json");
		byte[] body = new byte[(int) message.getBodyLength()];
		message.readBytes(body);
		Order order = (Order) CanonicalJson.read(new String(body, StandardCharsets.UTF_8));
		assertThat(order.envelope().documentNumber()).isEqualTo("PO-3001");
		assertThat(order.envelope().sender().identity()).isEqualTo("14:" + CUSTOMER_GLN);
		assertThat(order.envelope().receiver().identity()).isEqualTo("14:" + SUPPLIER_GLN);
		assertThat(order.lines()).singleElement().satisfies((line) -> {
			assertThat(line.product().gtin()).isEqualTo("4000862141404");
			assertThat(line.quantity().value()).isEqualByComparingTo("48");
		});
		String contrl = Files.readString(TestFiles.awaitFile(sftp("bistro/out"), "contrl-INT3001-"),
				StandardCharsets.ISO_8859_1);
		assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN")
			.contains("UCI+INT3001+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+7'");
		String metrics = anonymous().get("/actuator/prometheus").expect(200).body();
		assertThat(metrics).as("the pipeline's routes timed for Prometheus")
			.containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"tradehub-read\"")
			.containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"tradehub-route\"");
	}

	private static String orders(String reference, String number) {
		return "UNA:+.? '\nUNB+UNOC:3+" + CUSTOMER_GLN + ":14+" + SUPPLIER_GLN + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number + "+9'\nDTM+137:20261123:102'\nNAD+BY+"
				+ CUSTOMER_GLN + "::9'\nNAD+SU+" + SUPPLIER_GLN + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\n"
				+ "CNT+2:1'\nUNT+10+1'\nUNZ+1+" + reference + "'\n";
	}

}
