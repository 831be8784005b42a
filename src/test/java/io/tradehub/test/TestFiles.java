package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Folders and files for tests that watch what the hub's channels write, without the
 * checked exceptions of {@link Files}.
 */
public final class TestFiles {

	private TestFiles() {
	}

	public static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the file, making its folders first. */
	public static Path write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			return Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Puts a file into a polled folder as a partner's system should: written under a
	 * hidden name, then renamed, so a poller never takes it half-written.
	 */
	public static Path drop(Path folder, String name, byte[] content) {
		try {
			Files.createDirectories(folder);
			Path hidden = Files.write(folder.resolve("." + name), content);
			return Files.move(hidden, folder.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files in the folder whose names start with the prefix, sorted by name. */
	public static List<Path> files(Path folder, String prefix) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> Files.isRegularFile(file) && file.getFileName().toString().startsWith(prefix))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits up to 20 seconds for a file with the prefix to appear, and gives the first.
	 */
	public static Path awaitFile(Path folder, String prefix) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !files(folder, prefix).isEmpty());
		return files(folder, prefix).get(0);
	}

	/** EDI as the hub writes it by default: ISO-8859-1, which reads any byte. */
	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
