package vn.sochibo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sochibo.MessageKeys.Definition;
import vn.sochibo.MessageKeys.Use;
import vn.sochibo.support.JavaSources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the pages and the code use is defined in the bundles that
 * {@code spring.messages.basename} lists, and no key is defined twice (in one file or in
 * two: the last one read would silently win). Reads the files; needs no application
 * context and no database.
 */
class MessageBundleTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Path MAIN_SOURCES = Path.of("src/main/java/vn/sochibo");

	static List<Definition> definitions;

	static Set<String> keys;

	/** The enums of the application, by simple name, with their constants. */
	static Map<String, List<String>> enums;

	@BeforeAll
	static void readTheBundles() {
		definitions = new ArrayList<>();
		for (Path bundle : bundleFiles()) {
			definitions.addAll(MessageKeys.parse(bundle.getFileName().toString(), JavaSources.read(bundle)));
		}
		keys = definitions.stream().map(Definition::key).collect(Collectors.toCollection(TreeSet::new));
		enums = new TreeMap<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.sochibo")) {
			if (type.isEnum()) {
				enums.put(type.getSimpleName(), type.getEnumConstants().stream().map((c) -> c.name()).toList());
			}
		}
	}

	@Test
	void everyBasenameIsABundleFile() {
		assertThat(basenames()).contains("messages", "messages-fund", "messages-welfare")
			.allSatisfy((name) -> assertThat(RESOURCES.resolve(name + ".properties")).isRegularFile());
		assertThat(definitions).hasSizeGreaterThan(1000);
	}

	@Test
	void everyWardWordTokenIsOneTheMessageSourceFills() {
		Pattern token = Pattern.compile("%[A-Za-z]+%");
		Set<String> known = Set.of("%unit%", "%Unit%", "%place%", "%PLACE%");
		Set<String> used = new TreeSet<>();
		for (Path bundle : bundleFiles()) {
			Matcher matcher = token.matcher(JavaSources.read(bundle));
			while (matcher.find()) {
				used.add(matcher.group());
			}
		}
		assertThat(used).as("the ward-word tokens the bundles use (WardWords fills these)")
			.contains("%Unit%", "%unit%")
			.isSubsetOf(known);
	}

	@Test
	void noKeyIsDefinedTwice() {
		Map<String, List<Definition>> duplicates = MessageKeys.duplicates(definitions);

		assertThat(duplicates).as("keys defined more than once, with where").isEmpty();
	}

	@Test
	void aKeyDefinedTwiceIsFoundInOneFileOrInTwo() {
		List<Definition> read = new ArrayList<>(MessageKeys.parse("a.properties", """
				# fund.name=a comment
				fund.name=Tên quỹ
				fund.purpose = Mục đích
				fund.note: một dòng \\
				  fund.name=tiếp theo của dòng trên, không phải khóa
				fund\\=odd=khóa có dấu bằng
				fund.purpose=Mục đích (lần hai)
				"""));
		read.addAll(MessageKeys.parse("b.properties", "fund.name Tên quỹ (tệp khác)\n"));

		assertThat(read).extracting(Definition::key)
			.containsExactly("fund.name", "fund.purpose", "fund.note", "fund=odd", "fund.purpose", "fund.name");
		assertThat(MessageKeys.duplicates(read)).containsOnlyKeys("fund.name", "fund.purpose");
		assertThat(MessageKeys.duplicates(read).get("fund.name")).extracting(Definition::toString)
			.containsExactly("a.properties:2", "b.properties:1");
		assertThat(MessageKeys.duplicates(read).get("fund.purpose")).extracting(Definition::toString)
			.containsExactly("a.properties:3", "a.properties:7");
	}

	@Test
	void everyKeyTheTemplatesUseExists() {
		Map<String, String> templates = templates();
		Map<String, Set<Integer>> keyParameters = MessageKeys.keyParameters(templates);
		List<Use> uses = new ArrayList<>();
		List<String> unchecked = new ArrayList<>();
		templates.forEach(
				(name, html) -> uses.addAll(MessageKeys.templateUses(name, html, keyParameters, enums, unchecked)));

		assertThat(keyParameters).containsEntry("fragments/forms::field", Set.of(0))
			.containsEntry("fragments/forms::fieldWithHelp", Set.of(0, 3))
			.containsEntry("fragments/audit::pagedTrail", Set.of(0))
			.containsEntry("welfare/parts::giftFields", Set.of(0));
		assertThat(uses).hasSizeGreaterThan(1000)
			.anyMatch((use) -> use.key().equals("fund.target.help") && use.where().contains("fieldWithHelp"))
			.anyMatch((use) -> use.key().equals("statusKind.") && "StatusKind".equals(use.enumName()))
			.anyMatch((use) -> use.key().equals("method.") && "PaymentMethod".equals(use.enumName()));
		assertThat(unchecked).as("keys a template makes up that this test cannot check").isEmpty();
		assertThat(MessageKeys.missing(uses, keys, enums)).as("keys the templates use that no bundle defines")
			.isEmpty();
	}

	@Test
	void everyKeyTheJavaCodeUsesExists() {
		Set<String> namespaces = namespaces();
		List<Use> uses = new ArrayList<>();
		for (Path file : JavaSources.files(MAIN_SOURCES)) {
			String source = JavaSources.read(file);
			uses.addAll(MessageKeys.javaUses(file.toString(), source, namespaces, enums));
			uses.addAll(MessageKeys.constraintUses(file.toString(), source));
		}

		// The scan finds each kind of place a key is used (else its pattern is broken).
		assertThat(uses).extracting((use) -> use.where() + " " + use.key())
			.contains("welfare/GiftPosting.java gift.ledger.payee", // a helper around
																	// getMessage
					"welfare/GiftPosting.java gift.item.required", // a rule violation
					"welfare/DuplicateGiftException.java gift.duplicate", // its subclass
					"project/web/ProjectController.java project.update.added", // a flash
																				// message
					"account/web/UserController.java user.enabled", // a flash message
																	// chosen
					"fund/web/EntryController.java entry.household.unknown", // rejectValue
					"ward/web/AreaForm.java area.code.pattern", // a validation message
					"welfare/Gift.java audit.field.welfare.deliveredBy", // an audit field
					"welfare/Gifts.java audit.action.CANCEL", // an audit action
					"audit/AuditTrail.java audit.action.UPDATE", // the trail's own action
					"project/Project.java projectStatus.", // a resolvable's code
					"publicsite/web/PublicEntryQuery.java public.filter.ignored.side", // a
																						// key
																						// kept
																						// for
																						// the
																						// page
					"project/web/ProjectForm.java DecimalMin", // a constraint without a
																// message
					"account/web/UserController.java NotBlank"); // a code given to
																	// rejectValue
		assertThat(MessageKeys.missing(uses, keys, enums)).as("keys the Java code uses that no bundle defines")
			.isEmpty();
	}

	@Test
	void everyLabelledEnumHasALabelForEachConstant() {
		// Enums labelled by their own name ("statusKind.POOR"), as the services' label
		// helpers and the templates do.
		List<Use> labels = new ArrayList<>();
		enums.forEach((name, constants) -> {
			String prefix = MessageKeys.decapitalized(name) + ".";
			if (keys.stream().anyMatch((key) -> key.startsWith(prefix))) {
				labels.add(Use.prefix(prefix, null, name, "the enum " + name));
			}
		});

		assertThat(labels).extracting(Use::enumName)
			.contains("StatusKind", "PolicySubtype", "GiftItem", "Occasion", "ProjectStatus", "Role");
		assertThat(MessageKeys.missing(labels, keys, enums)).isEmpty();
	}

	@Test
	void theScanReportsAKeyNoBundleDefines() {
		Map<String, String> templates = new LinkedHashMap<>();
		templates.put("fragments/forms", """
				<div th:fragment="field (label, name)"><label th:text="#{${label}}">Nhãn</label></div>
				""");
		templates.put("funds/form", """
				<h1 th:text="#{fund.edit.titel}">Sửa quỹ</h1>
				<p th:text="#{fund.name}">Tên</p>
				<div th:replace="~{fragments/forms :: field ('fund.nmae', 'name')}"></div>
				<span th:text="#{'fundKind.' + ${fund.kind}}">Loại</span>
				<span th:text="#{'nothing.' + ${x}}">?</span>
				<span th:text="#{${made.up}}">?</span>
				""");
		Map<String, List<String>> someEnums = Map.of("FundKind", List.of("CAMPAIGN", "PROJECT"));
		Set<String> defined = Set.of("fund.name", "fundKind.CAMPAIGN", "gift.item.required");
		List<String> unchecked = new ArrayList<>();
		List<Use> uses = new ArrayList<>();
		Map<String, Set<Integer>> keyParameters = MessageKeys.keyParameters(templates);
		templates.forEach(
				(name, html) -> uses.addAll(MessageKeys.templateUses(name, html, keyParameters, someEnums, unchecked)));
		uses.addAll(MessageKeys.javaUses("src/main/java/vn/sochibo/fund/Sneaky.java", """
				package vn.sochibo.fund;
				class Sneaky {
					// throw new RuleViolationException("name", "fund.in.a.comment");
					void run(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
						redirect.addFlashAttribute("message", "fund.savd");
						throw new vn.sochibo.shared.RuleViolationException("name", "gift.item.required");
					}
					String text() {
						return messages.getMessage("gift.itme", null, java.util.Locale.ROOT);
					}
				}
				""", Set.of("fund", "gift"), someEnums));

		assertThat(MessageKeys.missing(uses, defined, someEnums)).containsExactlyInAnyOrder(
				"templates/funds/form.html: fund.edit.titel",
				"templates/funds/form.html → fragments/forms::field: fund.nmae",
				"templates/funds/form.html: fundKind.PROJECT (FundKind.PROJECT)",
				"templates/funds/form.html: nothing.…", "fund/Sneaky.java: fund.savd", "fund/Sneaky.java: gift.itme");
		assertThat(unchecked).containsExactly("templates/funds/form.html: #{${made.up}}");
	}

	static List<String> basenames() {
		Properties application = new Properties();
		try (var in = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	/**
	 * The bundle files of the basenames, with their locale variants
	 * ({@code messages_vi.properties}) if any.
	 */
	static List<Path> bundleFiles() {
		List<Path> files = new ArrayList<>();
		for (String basename : basenames()) {
			try (Stream<Path> variants = Files.list(RESOURCES)) {
				variants
					.filter((file) -> file.getFileName().toString().matches(basename + "(_[A-Za-z_]+)?\\.properties"))
					.sorted()
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/** The first segments of the defined keys that look like ours ("fund", "public"…). */
	static Set<String> namespaces() {
		return keys.stream()
			.filter((key) -> MessageKeys.KEY_SHAPE.matcher(key).matches())
			.map((key) -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The templates by name ({@code "funds/form"}). */
	static Map<String, String> templates() {
		Map<String, String> templates = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter((file) -> file.toString().endsWith(".html")).forEach((file) -> {
				String name = TEMPLATES.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", "");
				templates.put(name, JavaSources.read(file));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(templates).hasSizeGreaterThan(60);
		return templates;
	}

}
