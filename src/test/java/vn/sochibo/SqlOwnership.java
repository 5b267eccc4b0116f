package vn.sochibo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sochibo.support.JavaSources;
import vn.sochibo.support.JavaSources.Literal;

/**
 * Which feature owns which table, and which tables each feature's code names: in SQL
 * strings (JdbcClient, JdbcTemplate, native queries), in JPQL (by entity name) and in
 * table mappings ({@code @Table}, {@code @CollectionTable}…). A feature may name its own
 * tables; another feature's table only to read it, and only when the pair is listed in
 * {@link #ALLOWED_READS} with its reason. Writing another feature's table is never
 * allowed: that goes through the owner's service.
 *
 * <p>
 * What is read: every string literal of a feature's source (comments skipped). A table
 * counts where SQL names one: after {@code from}, {@code join}, {@code into},
 * {@code update}, {@code table}, {@code using}, and in a comma list after {@code from}. A
 * table put together at run time from pieces ({@code "from " + name}) is not seen; the
 * code has none.
 */
final class SqlOwnership {

	/**
	 * The owner of every table the migrations create (V1–V5), declared once. A migration
	 * adding a table must add it here ({@code everyMigratedTableHasAnOwner}).
	 */
	static final Map<String, String> OWNERS = owners(
			// V1: the register, accounts, audit
			owned("ward", "wards", "residential_areas", "party_cells", "cell_areas"),
			owned("household", "households", "household_statuses"),
			// V9: the yearly review of poor and near-poor households
			owned("household", "status_reviews", "status_proposals"),
			owned("account", "app_users", "user_areas", "user_cells", "login_failures"), owned("audit", "audit_events"),
			// V2: funds and the ledger
			owned("fund", "funds", "fund_areas", "ledger_batches", "ledger_entries", "ledger_month_totals",
					"receipt_counters", "receipt_prints", "ledger_closed_years"),
			// V3: projects
			owned("project", "projects", "project_funding_lines", "project_meetings", "project_board_members",
					"project_updates", "project_photos"),
			// V4, V5: welfare and loan referrals
			owned("welfare", "welfare_programs", "welfare_program_targets", "welfare_program_areas", "welfare_scans",
					"welfare_distributions", "welfare_gifts", "loan_referrals"),
			// V10: one-time form tokens
			owned("submission", "form_submissions"),
			// V12: Party members and their periods in a cell
			owned("cellwork", "party_members", "party_member_cells"),
			// V13: cell meetings, their attendance, agenda, resolutions, tasks and
			// follow-ups
			owned("cellwork", "cell_meetings", "meeting_guests", "meeting_attendances", "meeting_agenda_items",
					"meeting_resolutions", "meeting_tasks", "meeting_task_follow_ups"),
			// V14: community activities, their series, people and outputs
			owned("cellwork", "activity_series", "activities", "activity_areas", "activity_cells", "activity_members",
					"activity_people", "activity_outputs"),
			// V15: visits of higher officials with recommendations and follow-up notes;
			// twinnings
			owned("cellwork", "cell_visits", "cell_visit_visitors", "cell_recommendations", "cell_recommendation_notes",
					"cell_twinnings", "cell_twinning_parties", "cell_twinning_contents", "cell_twinning_targets",
					"cell_twinning_target_areas", "cell_twinning_progress", "cell_twinning_activities",
					"cell_twinning_programs"),
			// V16: annual ratings of cells and members, and the rating regulations
			owned("cellwork", "rating_regulations", "rating_criteria", "rating_thresholds", "rating_disqualifiers",
					"ratings", "rating_steps", "rating_step_scores"),
			// V19: annual reports, their narrative and their frozen editions
			owned("report", "annual_reports", "annual_report_texts", "annual_report_editions"),
			owned("imports", "import_jobs", "import_job_rows"));

	/**
	 * The reads of another feature's table that are allowed, {@code "feature -> table"}
	 * with the reason. Each is a list or detail query that shows the other feature's
	 * labels in the same one query (a page is one query, STYLE.md); every entry must
	 * still be needed ({@code everyAllowedReadIsStillUsed}).
	 */
	static final Map<String, String> ALLOWED_READS = Map.ofEntries(
			Map.entry("account -> cell_areas",
					"a cell secretary's scope is the areas their cells cover today, read fresh on every request"),
			Map.entry("household -> residential_areas", "the household list shows each row's area code and name"),
			Map.entry("fund -> residential_areas",
					"the public ledger labels entries with their area and filters by area in its keyset query"),
			Map.entry("project -> residential_areas", "the project list shows each project's area name"),
			Map.entry("project -> funds", "the project list shows what each project's fund raised and spent"),
			Map.entry("welfare -> households",
					"eligibility, coverage, gift and loan lists show the household's code, head, address"),
			Map.entry("welfare -> household_statuses",
					"eligibility is by the household's statuses of the program year"),
			Map.entry("welfare -> residential_areas", "gift, eligibility and loan lists show the area label"),
			Map.entry("welfare -> funds", "the program list names a fund-paid program's fund"),
			Map.entry("welfare -> party_cells", "the program list names a cell-paid program's cell"));

	private static final Pattern TABLE_AFTER_KEYWORD = Pattern
		.compile("\\b(from|join|into|update|table|truncate|using)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?"
				+ "([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?)", Pattern.CASE_INSENSITIVE);

	/** After a table of a {@code from} list: an optional alias, then maybe ", next". */
	private static final Pattern NEXT_IN_FROM_LIST = Pattern
		.compile("\\G(?:\\s+(?:as\\s+)?(?!(?:where|join|left|right|inner|outer|full|cross|natural|on|group|order|"
				+ "limit|offset|union|having|for|returning|set|values|except|intersect|window)\\b)[A-Za-z_]\\w*)?"
				+ "\\s*,\\s*([A-Za-z_][A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DELETE_BEFORE = Pattern.compile("\\bdelete\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern MAPPING = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\(\\s*name\\s*=\\s*\"([A-Za-z0-9_]+)\"");

	private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");

	private SqlOwnership() {
	}

	/**
	 * A table (or entity) named by a feature's code.
	 */
	record Use(String feature, String file, int line, String table, boolean write, String owner, String how) {

		boolean foreign() {
			return !this.owner.equals(this.feature);
		}

		String pair() {
			return this.feature + " -> " + this.table;
		}

		@Override
		public String toString() {
			return "%s:%d %s %s %s (owned by %s)".formatted(this.file, this.line, this.write ? "writes" : "reads",
					this.how, this.table, this.owner);
		}

	}

	/**
	 * The feature a source file belongs to, from its path under {@code src/main/java}:
	 * the package right under {@code vn.sochibo}, or {@code (root)}.
	 */
	static String featureOf(String path) {
		String normalized = path.replace('\\', '/');
		int at = normalized.indexOf("vn/sochibo/");
		String rest = normalized.substring(at + "vn/sochibo/".length());
		int slash = rest.indexOf('/');
		return (slash < 0) ? "(root)" : rest.substring(0, slash);
	}

	/**
	 * The entities declared in these sources, by simple name, with their feature.
	 */
	static Map<String, String> entityOwners(Map<String, String> sources) {
		Map<String, String> entities = new HashMap<>();
		sources.forEach((path, source) -> {
			Matcher entity = ENTITY.matcher(JavaSources.withoutComments(source));
			while (entity.find()) {
				entities.put(entity.group(1), featureOf(path));
			}
		});
		return entities;
	}

	/**
	 * Every table and entity these sources name, with where and how.
	 */
	static List<Use> uses(Map<String, String> sources, Map<String, String> owners) {
		Map<String, String> entities = entityOwners(sources);
		List<Use> uses = new ArrayList<>();
		sources.forEach((path, source) -> uses.addAll(uses(path, source, owners, entities)));
		return uses;
	}

	static List<Use> uses(String path, String source, Map<String, String> owners, Map<String, String> entities) {
		String feature = featureOf(path);
		String file = path.substring(path.replace('\\', '/').indexOf("vn/sochibo/") + "vn/sochibo/".length());
		List<Use> uses = new ArrayList<>();
		String code = JavaSources.withoutComments(source);
		Matcher mapping = MAPPING.matcher(code);
		while (mapping.find()) {
			String table = mapping.group(1).toLowerCase(Locale.ROOT);
			uses.add(new Use(feature, file, JavaSources.lineOf(source, mapping.start()), table, true,
					owners.getOrDefault(table, "(no owner)"), "by its mapping"));
		}
		for (Literal literal : JavaSources.literals(source)) {
			Matcher named = TABLE_AFTER_KEYWORD.matcher(literal.value());
			while (named.find()) {
				String keyword = named.group(1).toLowerCase(Locale.ROOT);
				String name = named.group(2);
				String table = name.substring(name.indexOf('.') + 1).toLowerCase(Locale.ROOT);
				boolean write = switch (keyword) {
					case "into", "update", "table", "truncate" -> true;
					case "from" -> DELETE_BEFORE.matcher(literal.value().substring(0, named.start())).find();
					default -> false;
				};
				if (owners.containsKey(table)) {
					uses.add(new Use(feature, file, literal.lineAt(named.start(2)), table, write, owners.get(table),
							"in SQL"));
				}
				else if (entities.containsKey(name)) {
					uses.add(new Use(feature, file, literal.lineAt(named.start(2)), name, write, entities.get(name),
							"in JPQL the entity"));
				}
				if (keyword.equals("from")) {
					Matcher next = NEXT_IN_FROM_LIST.matcher(literal.value());
					int at = named.end();
					while (next.find(at) && next.start() == at) {
						String listed = next.group(1).toLowerCase(Locale.ROOT);
						if (owners.containsKey(listed)) {
							uses.add(new Use(feature, file, literal.lineAt(next.start(1)), listed, false,
									owners.get(listed), "in SQL"));
						}
						at = next.end();
					}
				}
			}
		}
		return uses;
	}

	/**
	 * The uses that break the rule: a write to another feature's table, a read of one
	 * that is not allowed, a table no feature owns.
	 */
	static List<String> violations(List<Use> uses, Map<String, String> allowedReads) {
		Set<String> violations = new LinkedHashSet<>();
		for (Use use : uses) {
			if (use.foreign() && (use.write() || !allowedReads.containsKey(use.pair()))) {
				violations.add(use.toString());
			}
		}
		return List.copyOf(violations);
	}

	/**
	 * The tables the migrations in {@code directory} create, in the order created.
	 */
	static Set<String> migratedTables(Path directory) {
		Pattern create = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
		Map<String, String> byVersion = new TreeMap<>();
		try (var files = java.nio.file.Files.list(directory)) {
			files.filter((file) -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
				.forEach((file) -> byVersion.put(
						"%06d".formatted(
								Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))),
						JavaSources.read(file)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Set<String> tables = new LinkedHashSet<>();
		byVersion.values().forEach((sql) -> {
			Matcher table = create.matcher(sql.replaceAll("--[^\\n]*", ""));
			while (table.find()) {
				tables.add(table.group(1).toLowerCase(Locale.ROOT));
			}
		});
		return tables;
	}

	private record Owned(String feature, List<String> tables) {
	}

	private static Owned owned(String feature, String... tables) {
		return new Owned(feature, List.of(tables));
	}

	private static Map<String, String> owners(Owned... owned) {
		Map<String, String> owners = new LinkedHashMap<>();
		for (Owned feature : owned) {
			feature.tables().forEach((table) -> owners.put(table, feature.feature()));
		}
		return java.util.Collections.unmodifiableMap(owners);
	}

}
