package vn.sochibo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature packages of STYLE.md honest: no cycles between features, the shared
 * kernel depends on no feature, web layers see services and views but never entities or
 * repositories, and controllers open no transactions.
 */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.sochibo");
	}

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching("vn.sochibo.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void sharedKernelDependsOnNoFeature() {
		classes().that()
			.resideInAPackage("vn.sochibo.shared..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("vn.sochibo.ward..", "vn.sochibo.household..", "vn.sochibo.account..",
					"vn.sochibo.audit..", "vn.sochibo.config..", "vn.sochibo.publicsite..", "vn.sochibo.demo..")
			.check(classes);
	}

	@Test
	void webLayersNeverTouchEntitiesOrRepositories() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.check(classes);
	}

	@Test
	void controllersOpenNoTransactions() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.beAnnotatedWith(Transactional.class)
			.andShould()
			.dependOnClassesThat()
			.areAssignableTo(Transactional.class)
			.check(classes);
	}

	@Test
	void publicSiteOnlyReadsThroughServices() {
		noClasses().that()
			.resideInAPackage("vn.sochibo.publicsite..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.sochibo.account..", "vn.sochibo.household..")
			.check(classes);
	}

}
