package io.tradehub.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB interchange is read and split into its messages in a JVM limited to 256 MB of
 * heap: the reader streams, holding one message at a time.
 */
class LargeInterchangeTests {

	@Test
	void fiftyMegabyteInterchangeIsReadAndSplitWithin256MegabytesOfHeap() throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process check = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				LargeInterchangeCheck.class.getName(), "50")
			.redirectErrorStream(true)
			.start();
		boolean finished = check.waitFor(5, TimeUnit.MINUTES);
		String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(finished).as("finished within 5 minutes").isTrue();
		assertThat(check.exitValue()).as(output).isZero();
		int messages = 50 * 1024 * 1024 / GeneratedInterchange.messageSize();
		assertThat(output).as(output)
			.contains("messages=" + messages + " expected=" + messages)
			.contains("lines=" + messages * 20)
			.contains("problems=0 interchanges=1");
		Matcher heap = Pattern.compile("maxHeapMb=(\\d+)").matcher(output);
		assertThat(heap.find()).isTrue();
		assertThat(Integer.parseInt(heap.group(1))).isLessThanOrEqualTo(256);
	}

}
