package io.tradehub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up before any bean is made when a setting a profile requires is missing,
 * naming the environment variable it comes from. Spring would otherwise bind an
 * unresolved {@code ${TRADEHUB_DB_URL}} as it stands and fail much later, on "'url' must
 * start with jdbc". A profile lists its required settings in
 * {@code tradehub.required-settings}; a setting given another way (a command-line
 * argument, another variable) satisfies it as well.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "tradehub.required-settings";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		for (String setting : environment.getProperty(PROPERTY, String[].class, new String[0])) {
			try {
				// resolves placeholders strictly: an unset variable throws, naming it
				if (environment.getProperty(setting.trim()) == null) {
					throw new IllegalStateException("nothing sets it");
				}
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				throw new IllegalStateException("The hub cannot start without " + setting.trim() + " (profiles "
						+ String.join(", ", environment.getActiveProfiles()) + "): " + ex.getMessage(), ex);
			}
		}
	}

	/** After the profiles' files are read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
