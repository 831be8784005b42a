package io.tradehub.partner.demo;

import io.tradehub.partner.company.Mailboxes;
import io.tradehub.partner.demo.DemoPartners.Login;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo network at start-up when {@code tradehub.demo.enabled} is true, and
 * prints its logins on every start, since the data outlives a restart in ./data but the
 * person starting the hub still needs to know how to sign in.
 */
@Component
@ConditionalOnBooleanProperty("tradehub.demo.enabled")
class DemoDataRunner implements ApplicationRunner {

	static final String LOADED = "Tradehub demo data: loaded just now.";

	static final String PRESENT = "Tradehub demo data: already in the database, nothing loaded again.";

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoNetwork network;

	private final Mailboxes mailboxes;

	DemoDataRunner(DemoNetwork network, Mailboxes mailboxes) {
		this.network = network;
		this.mailboxes = mailboxes;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean loaded = this.network.loadUnlessPresent();
		// One log event, so the block stays in one piece between other threads' lines.
		log.info(logins(loaded ? LOADED : PRESENT));
	}

	String logins(String headline) {
		StringBuilder block = new StringBuilder(headline).append('\n');
		block.append("  Sign in at ").append(this.mailboxes.link("/login")).append(" with one of these:\n\n");
		String row = "  %-20s %-50s %-42s %s%n";
		block.append(row.formatted("company", "role", "email", "password"));
		for (Login login : DemoPartners.logins()) {
			block.append(
					row.formatted(login.company(), login.user().role(), login.user().email(), DemoPartners.PASSWORD));
		}
		block.append("\n  Try first, signed in as ").append(DemoPartners.ALPINE.manager().email()).append(":\n");
		block.append(hint("/api/v1/connections", "one connection in each state; ?status=PENDING to decide one"));
		block.append(hint("/api/v1/invites?status=PENDING", "and ?status=DEACTIVATED: the invites tabs"));
		block.append(hint("/v3/api-docs", "the whole API"));
		block.append("  or with curl: curl -s -c jar ").append(this.mailboxes.link("/login"));
		block.append(" >/dev/null; curl -s -b jar -c jar -d username=").append(DemoPartners.ALPINE.manager().email());
		block.append(" -d password=").append(DemoPartners.PASSWORD);
		block.append(" -d _csrf=$(awk '/XSRF-TOKEN/{print $7}' jar) ").append(this.mailboxes.link("/login"));
		block.append("; curl -s -b jar ").append(this.mailboxes.link("/api/v1/connections"));
		return block.toString();
	}

	private String hint(String path, String what) {
		return "    %-48s %s%n".formatted(this.mailboxes.link(path), what);
	}

}
