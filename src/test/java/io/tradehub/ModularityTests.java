package io.tradehub;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capabilities stay apart: each top-level package is a module that others reach only
 * through its API (DESIGN §8, STYLE §2), and the module documentation is written from the
 * same model.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TradehubApplication.class);

	@Test
	void modulesDependOnEachOthersApiOnlyAndFormNoCycles() {
		MODULES.verify();
	}

	/**
	 * Stricter than {@link ApplicationModules#verify()}: even a repository a module chose
	 * to expose is off limits, because another capability reading or writing a module's
	 * tables bypasses its rules.
	 */
	@Test
	void noModuleUsesAnotherModulesRepository() {
		List<String> repositoryUses = MODULES.stream()
			.flatMap(module -> module.getDirectDependencies(MODULES)
				.stream()
				.filter(dependency -> dependency.getTargetType().isAssignableTo(Repository.class))
				.map(dependency -> module.getName() + ": " + dependency.getSourceType().getName() + " uses "
						+ dependency.getTargetModule().getName() + "'s " + dependency.getTargetType().getName()))
			.distinct()
			.toList();
		assertThat(repositoryUses).as("cross-module repository uses; call the module's service instead").isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, output.toString()).writeDocumentation();
		assertThat(output.resolve("components.puml")).exists();
		MODULES.forEach(module -> assertThat(output.resolve("module-" + module.getIdentifier() + ".adoc")).exists());
	}

}
