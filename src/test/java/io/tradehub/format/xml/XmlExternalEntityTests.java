package io.tradehub.format.xml;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * No DTD and no entity is ever resolved (DESIGN §7): XXE, an external DTD, a parameter
 * entity and a billion laughs are each refused, positioned, without reading a file or
 * opening a connection.
 */
class XmlExternalEntityTests {

	private static final Path SECRET = Path.of("/etc/hostname");

	@Test
	void externalEntityIsRefusedAndTheFileNeverRead() throws IOException {
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
				<order><note>&xxe;</note></order>
				""";

		XmlResult result = CanonicalXml.read(xml);

		assertThat(result)
			.isEqualTo(new XmlResult.Refused(new XmlProblem(2, 1, "A DOCTYPE is not allowed in canonical XML")));
		assertSecretNotIn(result);
	}

	@Test
	void entityReferenceWithoutDoctypeIsRefused() throws IOException {
		XmlResult result = CanonicalXml.read("<order><note>&xxe;</note></order>");

		assertThat(result).isInstanceOf(XmlResult.Refused.class);
		assertThat(problem(result).line()).isEqualTo(1);
		assertThat(problem(result).message()).contains("xxe");
		assertSecretNotIn(result);
	}

	@Test
	void externalDtdIsRefusedWithoutConnecting() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			server.setSoTimeout(300);
			String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE order SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
					+ "/evil.dtd\">\n<order/>";

			XmlResult result = CanonicalXml.read(xml);

			assertThat(result)
				.isEqualTo(new XmlResult.Refused(new XmlProblem(2, 1, "A DOCTYPE is not allowed in canonical XML")));
			assertNoConnection(server);
		}
	}

	@Test
	void parameterEntityIsRefusedWithoutConnecting() throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			server.setSoTimeout(300);
			String xml = "<!DOCTYPE order [<!ENTITY % remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort()
					+ "/evil.dtd\"> %remote;]>\n<order/>";

			XmlResult result = CanonicalXml.read(xml);

			assertThat(result).isInstanceOf(XmlResult.Refused.class);
			assertThat(problem(result).line()).isEqualTo(1);
			assertNoConnection(server);
		}
	}

	@Test
	void billionLaughsIsRefusedQuickly() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE order [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			String previous = (i == 1) ? "&lol;" : "&lol" + (i - 1) + ";";
			xml.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
		}
		xml.append("]>\n<order><note>&lol9;</note></order>");

		XmlResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CanonicalXml.read(xml.toString()));

		assertThat(result).isInstanceOf(XmlResult.Refused.class);
		assertThat(problem(result).message()).isEqualTo("A DOCTYPE is not allowed in canonical XML");
		assertThat(result.toString()).doesNotContain("lollollol");
	}

	private static XmlProblem problem(XmlResult result) {
		return ((XmlResult.Refused) result).problem();
	}

	private static void assertNoConnection(ServerSocket server) throws IOException {
		try {
			server.accept().close();
			throw new AssertionError("The parser connected to " + server.getLocalSocketAddress());
		}
		catch (SocketTimeoutException expected) {
			// Nobody connected: the DTD was not fetched.
		}
	}

	private static void assertSecretNotIn(XmlResult result) throws IOException {
		if (Files.isReadable(SECRET)) {
			String secret = Files.readString(SECRET, StandardCharsets.UTF_8).strip();
			if (!secret.isEmpty()) {
				assertThat(result.toString()).doesNotContain(secret);
			}
		}
	}

}
