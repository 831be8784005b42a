package io.tradehub.format.dryrun;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tradehub.document.CanonicalJson;

/**
 * {@code java -jar tradehub.jar dry-run [--partner ID] [--layout NAME] [--to FORMAT] [--mappings DIR] FILE...}:
 * prints the canonical documents as JSON (or the files they would become with
 * {@code --to}) and exits 0, or prints the problems as JSON and exits 1; exits 2 when the
 * command itself is wrong.
 */
public final class DryRunCommand {

	static final String USAGE = "usage: dry-run [--partner ID] [--layout NAME] [--to JSON|XML|CSV|EDIFACT|X12] "
			+ "[--mappings DIR] FILE...";

	private static final ObjectMapper PROBLEMS = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private DryRunCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		String partner = null;
		String layout = null;
		DryRun.Target to = null;
		Path mappings = Path.of("mappings");
		List<DryRun.Input> inputs = new ArrayList<>();
		try {
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "--partner" -> partner = value(args, ++i, arg);
					case "--layout" -> layout = value(args, ++i, arg);
					case "--to" -> to = DryRun.Target.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
					case "--mappings" -> mappings = Path.of(value(args, ++i, arg));
					default -> inputs.add(new DryRun.Input(arg, Files.readAllBytes(Path.of(arg))));
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("dry-run: " + describe(ex));
			err.println(USAGE);
			return 2;
		}
		if (inputs.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		DryRunResult result = new DryRun(mappings).run(inputs, new DryRun.Options(partner, layout, to));
		if (!result.ok()) {
			out.println(json(result.problems()));
			return 1;
		}
		out.println(to == null ? CanonicalJson.writeAll(result.documents()) : String.join("\n", result.outputs()));
		return 0;
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(index);
	}

	private static String describe(Exception ex) {
		return (ex instanceof java.nio.file.NoSuchFileException) ? "no such file: " + ex.getMessage() : ex.getMessage();
	}

	static String json(List<?> values) {
		try {
			return PROBLEMS.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
