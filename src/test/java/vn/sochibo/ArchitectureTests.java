package vn.sochibo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fixtures.architecture.advice.TransactionalAdvice;
import fixtures.architecture.fund.FundThing;
import fixtures.architecture.shared.LeakyKernel;
import fixtures.architecture.web.TransactionalWebCode;
import jakarta.persistence.Entity;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.ControllerAdvice;

import vn.sochibo.support.JavaSources;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages of STYLE.md honest: no cycles between features, the shared
 * kernel depends on no feature, web layers see services and views but never entities or
 * repositories, controllers open no transactions, the public site reads only the features
 * that publish public views, and each feature's SQL names only its own tables (another
 * feature's only to read, and only where {@link SqlOwnership#ALLOWED_READS} says why).
 *
 * <p>
 * The features are not listed by hand: they are the packages right under
 * {@code vn.sochibo}, so a new feature is covered the day it is added. Each rule is also
 * run against a small class that breaks it ({@code fixtures.architecture}), to show it
 * can fail.
 */
class ArchitectureTests {

	static final String ROOT = "vn.sochibo";

	static final String SPRING_TRANSACTIONAL = "org.springframework.transaction.annotation.Transactional";

	static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

	/** The features the public site may read: those that publish public views. */
	static final Set<String> PUBLIC_SITE_READS = Set.of("shared", "fund", "project", "ward", "welfare");

	static final Path MAIN_SOURCES = Path.of("src/main/java");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	/**
	 * The feature packages among {@code classes}: every package right under {@code root},
	 * the shared kernel included.
	 */
	static Set<String> features(JavaClasses classes, String root) {
		Set<String> features = new TreeSet<>();
		for (JavaClass type : classes) {
			String name = type.getPackageName();
			if (name.startsWith(root + ".")) {
				String rest = name.substring(root.length() + 1);
				features.add(root + "." + (rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest));
			}
		}
		return features;
	}

	static ArchRule sharedKernelDependsOnNoFeature(JavaClasses classes, String root) {
		String shared = root + ".shared";
		String[] features = features(classes, root).stream()
			.filter((feature) -> !feature.equals(shared))
			.map((feature) -> feature + "..")
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(shared + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(features)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage(root)
			.because("the shared kernel is what every feature builds on");
	}

	/**
	 * Web code: the {@code web} packages, and controllers and advice wherever they are.
	 */
	static final DescribedPredicate<JavaClass> WEB_CODE = resideInAPackage("..web..")
		.or(metaAnnotatedWith(Controller.class))
		.or(metaAnnotatedWith(ControllerAdvice.class))
		.as("web code");

	static final ArchRule CONTROLLERS_OPEN_NO_TRANSACTIONS = CompositeArchRule
		.of(noClasses().that(WEB_CODE)
			.should()
			.beMetaAnnotatedWith(SPRING_TRANSACTIONAL)
			.orShould()
			.beMetaAnnotatedWith(JAKARTA_TRANSACTIONAL)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(TransactionOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(TransactionManager.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(UserTransaction.class))
		.and(noMethods().that()
			.areDeclaredInClassesThat(WEB_CODE)
			.should()
			.beMetaAnnotatedWith(SPRING_TRANSACTIONAL)
			.orShould()
			.beMetaAnnotatedWith(JAKARTA_TRANSACTIONAL))
		.because("transactions belong to the services (STYLE.md)");

	@Test
	void featuresAreFreeOfCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theFeaturesAreEveryPackageUnderTheRoot() {
		assertThat(features(classes, ROOT))
			.contains("vn.sochibo.shared", "vn.sochibo.fund", "vn.sochibo.project", "vn.sochibo.welfare",
					"vn.sochibo.ward", "vn.sochibo.household", "vn.sochibo.account")
			.doesNotContain("vn.sochibo.fund.web");
	}

	@Test
	void sharedKernelDependsOnNoFeature() {
		sharedKernelDependsOnNoFeature(classes, ROOT).check(classes);
	}

	@Test
	void theSharedKernelRuleFailsForAKernelClassThatUsesAFeature() {
		JavaClasses leaky = new ClassFileImporter().importClasses(LeakyKernel.class, FundThing.class);

		EvaluationResult result = sharedKernelDependsOnNoFeature(leaky, "fixtures.architecture").evaluate(leaky);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anySatisfy((line) -> assertThat(line).contains("LeakyKernel").contains("FundThing"));
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
		CONTROLLERS_OPEN_NO_TRANSACTIONS.check(classes);
	}

	@Test
	void theTransactionRuleFailsForEachWayWebCodeCanOpenOne() {
		Map<Class<?>, String> breaking = new LinkedHashMap<>();
		breaking.put(TransactionalWebCode.SpringTransactionalMethod.class, "create()");
		breaking.put(TransactionalWebCode.JakartaTransactionalMethod.class, "create()");
		breaking.put(TransactionalWebCode.MetaAnnotatedMethod.class, "create()");
		breaking.put(TransactionalWebCode.TransactionalClass.class, "TransactionalClass");
		breaking.put(TransactionalWebCode.UsesTransactionTemplate.class, "TransactionTemplate");
		breaking.put(TransactionalWebCode.UsesTransactionManager.class, "PlatformTransactionManager");
		breaking.put(TransactionalAdvice.class, "wardName()");

		breaking.forEach((type, named) -> {
			JavaClasses imported = new ClassFileImporter().importClasses(type);
			EvaluationResult result = CONTROLLERS_OPEN_NO_TRANSACTIONS.evaluate(imported);
			assertThat(result.hasViolation()).as(type.getSimpleName()).isTrue();
			assertThat(result.getFailureReport().getDetails()).as(type.getSimpleName())
				.anySatisfy((line) -> assertThat(line).contains(type.getSimpleName()).contains(named));
		});
		JavaClasses clean = new ClassFileImporter().importClasses(TransactionalWebCode.CallsAService.class);
		assertThat(CONTROLLERS_OPEN_NO_TRANSACTIONS.evaluate(clean).hasViolation()).isFalse();
	}

	@Test
	void publicSiteOnlyReadsTheFeaturesThatPublishPublicViews() {
		String[] others = features(classes, ROOT).stream()
			.filter((feature) -> !feature.equals(ROOT + ".publicsite"))
			.filter((feature) -> !PUBLIC_SITE_READS.contains(feature.substring(ROOT.length() + 1)))
			.map((feature) -> feature + "..")
			.toArray(String[]::new);
		assertThat(others).contains("vn.sochibo.account..", "vn.sochibo.household..", "vn.sochibo.audit..");

		noClasses().that()
			.resideInAPackage(ROOT + ".publicsite..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("the public site shows no personal data: it reads only the public views of " + PUBLIC_SITE_READS)
			.check(classes);
	}

	@Test
	void eachFeaturesSqlNamesOnlyItsOwnTablesOrAllowedReads() {
		List<SqlOwnership.Use> uses = SqlOwnership.uses(mainSources(), SqlOwnership.OWNERS);

		// The scan sees the SQL that is there: each feature's own tables, in every form.
		assertThat(uses).extracting(SqlOwnership.Use::toString)
			.anyMatch((use) -> use.startsWith("fund/LedgerEntryStore.java")
					&& use.contains("writes in SQL ledger_entries"))
			.anyMatch((use) -> use.startsWith("account/AppUserRepository.java")
					&& use.contains("JPQL the entity AppUser"))
			.anyMatch((use) -> use.startsWith("welfare/Gift.java") && use.contains("mapping welfare_gifts"))
			.anyMatch(
					(use) -> use.startsWith("welfare/WelfareQueries.java") && use.contains("reads in SQL households"));
		assertThat(SqlOwnership.violations(uses, SqlOwnership.ALLOWED_READS)).isEmpty();
	}

	@Test
	void everyAllowedReadIsStillUsed() {
		List<SqlOwnership.Use> uses = SqlOwnership.uses(mainSources(), SqlOwnership.OWNERS);

		Set<String> used = new TreeSet<>();
		uses.stream().filter(SqlOwnership.Use::foreign).map(SqlOwnership.Use::pair).forEach(used::add);
		assertThat(used).containsAll(SqlOwnership.ALLOWED_READS.keySet());
	}

	@Test
	void everyMigratedTableHasAnOwnerThatIsAFeature() {
		Set<String> migrated = SqlOwnership.migratedTables(MIGRATIONS);

		assertThat(migrated).hasSizeGreaterThan(30).contains("wards", "ledger_entries", "loan_referrals");
		assertThat(SqlOwnership.OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(migrated);
		Set<String> features = features(classes, ROOT);
		assertThat(SqlOwnership.OWNERS.values())
			.allSatisfy((owner) -> assertThat(features).contains(ROOT + "." + owner));
		assertThat(SqlOwnership.ALLOWED_READS.keySet()).allSatisfy((pair) -> {
			String[] featureAndTable = pair.split(" -> ");
			assertThat(features).contains(ROOT + "." + featureAndTable[0]);
			assertThat(SqlOwnership.OWNERS).containsKey(featureAndTable[1]);
		});
	}

	@Test
	void theSqlRuleFailsForAnotherFeaturesTable() {
		String sneaky = """
				package vn.sochibo.project;

				class Sneaky {

					// select * from loan_referrals: a comment, not SQL
					void run(org.springframework.jdbc.core.simple.JdbcClient jdbc, jakarta.persistence.EntityManager em) {
						jdbc.sql(\"""
								select p.name, f.raised, h.head_name from projects p
								join funds f on f.id = p.fund_id
								join households h on h.area_id = p.area_id\""").query().listOfRows();
						jdbc.sql("update funds set raised = 0 where id = :id").update();
						jdbc.sql("select count(*) from project_photos x, welfare_gifts g").query().singleValue();
						jdbc.sql("delete from login_failures").update();
						em.createQuery("select h from Household h").getResultList();
					}

				}
				""";
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("src/main/java/vn/sochibo/project/Sneaky.java", sneaky);
		sources.put("src/main/java/vn/sochibo/household/Household.java",
				"package vn.sochibo.household;\n@Entity\n@Table(name = \"households\")\npublic class Household {}\n");

		List<String> violations = SqlOwnership.violations(SqlOwnership.uses(sources, SqlOwnership.OWNERS),
				SqlOwnership.ALLOWED_READS);

		assertThat(violations).containsExactly("project/Sneaky.java:10 reads in SQL households (owned by household)",
				"project/Sneaky.java:11 writes in SQL funds (owned by fund)",
				"project/Sneaky.java:12 reads in SQL welfare_gifts (owned by welfare)",
				"project/Sneaky.java:13 writes in SQL login_failures (owned by account)",
				"project/Sneaky.java:14 reads in JPQL the entity Household (owned by household)");
	}

	private static Map<String, String> mainSources() {
		Map<String, String> sources = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>(JavaSources.files(MAIN_SOURCES.resolve("vn/sochibo")));
		for (Path file : files) {
			sources.put(file.toString(), JavaSources.read(file));
		}
		assertThat(sources).hasSizeGreaterThan(200);
		return sources;
	}

}
