package com.wbiisg.mapping;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Architecture rules that Spring Modulith does not cover, named as sentences.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.wbiisg.mapping");

	private static final JavaClasses ALL = new ClassFileImporter().importPackages("com.wbiisg.mapping");

	@Test
	void only_analysis_uses_lucene() {
		check(noClasses().that()
			.resideOutsideOfPackage("com.wbiisg.mapping.analysis..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.lucene.."), MAIN);
	}

	@Test
	void only_reporting_and_exchange_use_poi() {
		check(noClasses().that()
			.resideOutsideOfPackages("com.wbiisg.mapping.reporting..", "com.wbiisg.mapping.exchange..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.poi.."), MAIN);
	}

	@Test
	void sql_lives_only_in_repositories() {
		check(noClasses().that()
			.haveSimpleNameNotEndingWith("Repository")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.persistence.EntityManager"), MAIN);
	}

	@Test
	void controllers_live_in_web_packages_of_their_module() {
		check(classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("..web..", "com.wbiisg.mapping.web.internal"), MAIN);
	}

	@Test
	void web_classes_do_not_use_internal_types() {
		check(noClasses().that()
			.resideInAPackage("com.wbiisg.mapping.*.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.wbiisg.mapping.*.internal.."), MAIN);
	}

	@Test
	void demo_and_synthetic_classes_live_in_their_own_packages() {
		check(noClasses().that()
			.haveSimpleNameContaining("Demo")
			.or()
			.haveSimpleNameStartingWith("Synthetic")
			.should()
			.resideOutsideOfPackages("com.wbiisg.mapping.*.demo..", "com.wbiisg.mapping.*.synthetic.."), MAIN);
	}

	@Test
	void the_use_cases_of_exchange_depend_one_way() {
		check(slices().matching("com.wbiisg.mapping.exchange.internal.(*)..").should().beFreeOfCycles(), MAIN);
	}

	@Test
	void beans_use_constructor_injection_only() {
		check(noFields().should().beAnnotatedWith(Autowired.class), MAIN);
	}

	@Test
	void no_test_uses_junit4() {
		check(noClasses().should().dependOnClassesThat().resideInAPackage("org.junit"), ALL);
	}

	private static void check(ArchRule rule, JavaClasses classes) {
		rule.allowEmptyShould(true).check(classes);
	}

}
