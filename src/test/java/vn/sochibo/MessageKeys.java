package vn.sochibo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sochibo.support.JavaSources;
import vn.sochibo.support.JavaSources.Literal;

/**
 * The message keys the code uses and the keys the bundles define, read from the files
 * themselves: templates ({@code #{key}}, {@code #{'prefix.' + ${value}}}, keys handed to
 * fragments), Java sources (message lookups, flash messages, binding errors, rule
 * violations, validation messages, audit field and action names) and the bundles (parsed
 * line by line, so that a key defined twice is seen: {@link java.util.Properties} keeps
 * the last one silently).
 */
final class MessageKeys {

	/** What a message key looks like in Java code. */
	static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+\\.?");

	/**
	 * Template expressions {@code #{${…}}} whose key the Java code supplies (and the Java
	 * scan checks): flash messages, the public filter's notes, audit lines.
	 */
	static final Set<String> KEYS_FROM_JAVA = Set.of("message", "errorMessage", "key", "e.actionKey()", "e.fieldKey()");

	/**
	 * Prefixes whose enum is not named after them ({@code 'method.' + ${e.method}} is a
	 * {@code PaymentMethod}); the others are found by name ({@code 'statusKind.'} is
	 * {@code StatusKind}, {@code 'fund.kind.'} is {@code FundKind}).
	 */
	static final Map<String, String> PREFIX_ENUMS = Map.of("display.", "DisplayChoice", "method.", "PaymentMethod",
			"public.method.", "PaymentMethod", "public.entryKind.", "EntryKind", "public.fundKind.", "FundKind",
			"project.source.", "FundingSource", "audit.field.project.plan.", "FundingSource");

	/**
	 * Prefixes completed by a plain string, not by an enum that happens to share the name
	 * ({@code 'audit.action.' + action} is the audit trail's action text, not
	 * {@code vn.sochibo.shared.Action}).
	 */
	static final Set<String> PREFIXES_WITHOUT_ENUM = Set.of("audit.action.");

	/** Bean Validation constraints whose message Spring looks up by code. */
	static final Pattern CONSTRAINT = Pattern.compile(
			"@(NotBlank|NotNull|NotEmpty|Size|Min|Max|Pattern|DecimalMin|DecimalMax|Positive|PositiveOrZero|Negative|"
					+ "NegativeOrZero|Email|Digits|Past|PastOrPresent|Future|FutureOrPresent|AssertTrue|AssertFalse)"
					+ "\\b(\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]");

	private static final Pattern QUOTED_KEY = Pattern
		.compile("#\\{\\s*'([^']*)'\\s*(?:\\+\\s*\\$\\{([^}]*)\\}\\s*(?:\\+\\s*'([^']*)'\\s*)?)?\\}");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\s*\\$\\{\\s*([^}]*?)\\s*\\}\\s*\\}");

	private static final Pattern MESSAGES_UTILITY = Pattern
		.compile("#messages\\.(msg|msgWithParams|arrayMsg|setMsg|listMsg)\\(\\s*'([^']+)'");

	private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"\\s*(\\w+)\\s*(?:\\(([^)]*)\\))?\\s*\"");

	private static final Pattern FRAGMENT_CALL = Pattern.compile("~\\{\\s*([^:}~]*?)\\s*::\\s*(\\w+)\\s*\\(");

	private MessageKeys() {
	}

	/**
	 * A key defined in a bundle file.
	 */
	record Definition(String key, String file, int line) {

		@Override
		public String toString() {
			return this.file + ":" + this.line;
		}

	}

	/**
	 * A use of a key: an exact key; a prefix (and suffix) completed at run time, with the
	 * enum whose constants complete it when known; or a Spring error code, resolved as
	 * {@code code.object.field}, {@code code.field} or {@code code}.
	 */
	record Use(String key, String suffix, String enumName, String field, Kind kind, String where) {

		enum Kind {

			KEY, PREFIX, CODE

		}

		static Use key(String key, String where) {
			return new Use(key, null, null, null, Kind.KEY, where);
		}

		static Use prefix(String prefix, String suffix, String enumName, String where) {
			return new Use(prefix, suffix, enumName, null, Kind.PREFIX, where);
		}

		static Use code(String code, String field, String where) {
			return new Use(code, null, null, field, Kind.CODE, where);
		}

	}

	// ---------------------------------------------------------------- bundles

	/**
	 * The definitions of a bundle file, in order: comments and blank lines skipped, a key
	 * ending at the first unescaped {@code =}, {@code :} or white space, a value
	 * continued by a trailing backslash.
	 */
	static List<Definition> parse(String file, String text) {
		List<Definition> definitions = new ArrayList<>();
		String[] lines = text.split("\r\n|\r|\n", -1);
		boolean continued = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String trimmed = line.stripLeading();
			boolean isContinuation = continued;
			continued = endsWithOddBackslashes(line);
			if (isContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
				if (!isContinuation) {
					continued = false;
				}
				continue;
			}
			StringBuilder key = new StringBuilder();
			for (int c = 0; c < trimmed.length(); c++) {
				char ch = trimmed.charAt(c);
				if (ch == '\\' && c + 1 < trimmed.length()) {
					key.append(trimmed.charAt(++c));
				}
				else if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
					break;
				}
				else {
					key.append(ch);
				}
			}
			definitions.add(new Definition(key.toString(), file, i + 1));
		}
		return definitions;
	}

	/**
	 * Every key defined more than once, in one file or in two, with where.
	 */
	static Map<String, List<Definition>> duplicates(List<Definition> definitions) {
		Map<String, List<Definition>> byKey = new TreeMap<>();
		for (Definition definition : definitions) {
			byKey.computeIfAbsent(definition.key(), (key) -> new ArrayList<>()).add(definition);
		}
		byKey.values().removeIf((places) -> places.size() < 2);
		return byKey;
	}

	private static boolean endsWithOddBackslashes(String line) {
		int count = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			count++;
		}
		return count % 2 == 1;
	}

	// ---------------------------------------------------------------- templates

	/**
	 * The fragments of the templates ({@code "dir/name::fragment"}) with the positions of
	 * their parameters that carry a message key: used as {@code #{${param}}}, or handed
	 * on to a key parameter of another fragment.
	 */
	static Map<String, Set<Integer>> keyParameters(Map<String, String> templates) {
		Map<String, Region> regions = regions(templates);
		Map<String, Set<Integer>> keyParameters = new LinkedHashMap<>();
		regions.forEach((name, region) -> {
			Set<Integer> positions = new LinkedHashSet<>();
			for (int i = 0; i < region.parameters().size(); i++) {
				if (Pattern.compile("#\\{\\s*\\$\\{\\s*" + Pattern.quote(region.parameters().get(i)) + "\\s*\\}\\s*\\}")
					.matcher(region.body())
					.find()) {
					positions.add(i);
				}
			}
			keyParameters.put(name, positions);
		});
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Map.Entry<String, Region> entry : regions.entrySet()) {
				Region region = entry.getValue();
				for (Call call : calls(region.template(), region.body())) {
					Set<Integer> positions = keyParameters.getOrDefault(call.fragment(), Set.of());
					for (int position : positions) {
						if (position < call.arguments().size()) {
							int parameter = region.parameters().indexOf(parameterIn(call.arguments().get(position)));
							if (parameter >= 0 && keyParameters.get(entry.getKey()).add(parameter)) {
								changed = true;
							}
						}
					}
				}
			}
		}
		return keyParameters;
	}

	/**
	 * The keys a template uses, and what it uses that cannot be checked (a dynamic key
	 * that is neither a fragment's key parameter nor one the Java code supplies).
	 */
	static List<Use> templateUses(String template, String html, Map<String, Set<Integer>> keyParameters,
			Map<String, List<String>> enums, List<String> unchecked) {
		List<Use> uses = new ArrayList<>();
		String where = "templates/" + template + ".html";
		Matcher key = STATIC_KEY.matcher(html);
		while (key.find()) {
			uses.add(Use.key(key.group(1), where));
		}
		Matcher quoted = QUOTED_KEY.matcher(html);
		while (quoted.find()) {
			if (quoted.group(2) == null) {
				uses.add(Use.key(quoted.group(1), where));
			}
			else {
				uses.add(Use.prefix(quoted.group(1), quoted.group(3), enumOf(quoted.group(1), enums), where));
			}
		}
		Matcher utility = MESSAGES_UTILITY.matcher(html);
		while (utility.find()) {
			uses.add(Use.key(utility.group(2), where));
		}
		Map<String, Region> regions = regions(Map.of(template, html));
		Matcher dynamic = DYNAMIC_KEY.matcher(html);
		while (dynamic.find()) {
			String expression = dynamic.group(1);
			boolean parameter = regions.values()
				.stream()
				.anyMatch((region) -> region.contains(dynamic.start()) && region.parameters().contains(expression));
			if (!parameter && !KEYS_FROM_JAVA.contains(expression)) {
				unchecked.add(where + ": #{${" + expression + "}}");
			}
		}
		for (Call call : calls(template, html)) {
			for (int position : keyParameters.getOrDefault(call.fragment(), Set.of())) {
				if (position >= call.arguments().size()) {
					continue;
				}
				String argument = call.arguments().get(position).strip();
				if (argument.matches("'[^']*'")) {
					uses.add(Use.key(argument.substring(1, argument.length() - 1), where + " → " + call.fragment()));
				}
				else if (argument.startsWith("#{")) {
					// a message expression: read above
				}
				else {
					String handedOn = parameterIn(argument);
					boolean fromEnclosing = regions.values()
						.stream()
						.anyMatch((region) -> region.contains(call.start()) && region.parameters().contains(handedOn)
								&& keyParameters.get(region.name()).contains(region.parameters().indexOf(handedOn)));
					if (!fromEnclosing) {
						unchecked.add(where + ": " + call.fragment() + " is given the key " + argument);
					}
				}
			}
		}
		return uses;
	}

	private record Region(String name, String template, List<String> parameters, int start, int end, String body) {

		boolean contains(int position) {
			return position >= this.start && position < this.end;
		}

	}

	private record Call(String fragment, List<String> arguments, int start) {
	}

	private static Map<String, Region> regions(Map<String, String> templates) {
		Map<String, Region> regions = new LinkedHashMap<>();
		templates.forEach((template, html) -> {
			Matcher fragment = FRAGMENT.matcher(html);
			List<int[]> starts = new ArrayList<>();
			List<String[]> found = new ArrayList<>();
			while (fragment.find()) {
				starts.add(new int[] { fragment.start() });
				found.add(new String[] { fragment.group(1), (fragment.group(2) != null) ? fragment.group(2) : "" });
			}
			for (int i = 0; i < found.size(); i++) {
				int start = starts.get(i)[0];
				int end = (i + 1 < found.size()) ? starts.get(i + 1)[0] : html.length();
				List<String> parameters = new ArrayList<>();
				for (String parameter : found.get(i)[1].split(",")) {
					if (!parameter.isBlank()) {
						parameters.add(parameter.strip());
					}
				}
				String name = template + "::" + found.get(i)[0];
				regions.put(name, new Region(name, template, parameters, start, end, html.substring(start, end)));
			}
		});
		return regions;
	}

	private static List<Call> calls(String template, String html) {
		List<Call> calls = new ArrayList<>();
		Matcher call = FRAGMENT_CALL.matcher(html);
		while (call.find()) {
			String target = call.group(1).strip();
			String name = (target.isEmpty() || target.equals("this")) ? template : target;
			List<String> arguments = new ArrayList<>();
			int depth = 0;
			char quote = 0;
			StringBuilder argument = new StringBuilder();
			for (int i = call.end(); i < html.length(); i++) {
				char c = html.charAt(i);
				if (quote != 0) {
					argument.append(c);
					if (c == quote) {
						quote = 0;
					}
				}
				else if (c == '\'') {
					quote = c;
					argument.append(c);
				}
				else if (c == '(' || c == '{') {
					depth++;
					argument.append(c);
				}
				else if ((c == ')' || c == '}') && depth > 0) {
					depth--;
					argument.append(c);
				}
				else if (c == ')') {
					arguments.add(argument.toString().strip());
					break;
				}
				else if (c == ',' && depth == 0) {
					arguments.add(argument.toString().strip());
					argument.setLength(0);
				}
				else {
					argument.append(c);
				}
			}
			calls.add(new Call(name + "::" + call.group(2), arguments, call.start()));
		}
		return calls;
	}

	/** {@code ${name}} → {@code name}; anything else → itself. */
	private static String parameterIn(String argument) {
		Matcher variable = Pattern.compile("\\$\\{\\s*(\\w+)\\s*\\}").matcher(argument.strip());
		return variable.matches() ? variable.group(1) : argument.strip();
	}

	// ---------------------------------------------------------------- Java

	/**
	 * The keys a Java source uses. {@code namespaces} are the first segments of the
	 * defined keys: any other literal shaped like a key in one of them is taken for a key
	 * (so a key handed to a helper of ours is checked too).
	 */
	static List<Use> javaUses(String path, String source, Set<String> namespaces, Map<String, List<String>> enums) {
		String code = JavaSources.withoutComments(source);
		String where = path.substring(path.replace('\\', '/').indexOf("vn/sochibo/") + "vn/sochibo/".length());
		List<Use> uses = new ArrayList<>();
		Set<Integer> claimed = new HashSet<>();

		// audit trail: field names are labelled audit.field.<name>, actions
		// audit.action.<NAME>
		Matcher stateKey = Pattern.compile("\\b(?:state|before|after)\\.(?:put|remove)\\(\\s*(\"[^\"]*\")(\\s*\\+)?")
			.matcher(code);
		while (stateKey.find()) {
			claimed.add(stateKey.start(1));
			String field = unquote(stateKey.group(1));
			uses.add((stateKey.group(2) != null)
					? Use.prefix("audit.field." + field, null, enumOf("audit.field." + field, enums), where)
					: Use.key("audit.field." + field, where));
		}
		for (List<Argument> arguments : callArguments(code, "\\baudit\\.(?:created|changed)\\(")) {
			for (Argument argument : arguments) {
				Matcher mapOf = Pattern.compile("Map\\.of\\(\\s*(\"[^\"]*\")").matcher(argument.text());
				while (mapOf.find()) {
					claimed.add(argument.start() + mapOf.start(1));
					uses.add(Use.key("audit.field." + unquote(mapOf.group(1)), where));
				}
			}
		}
		for (List<Argument> arguments : callArguments(code, "\\baudit\\.action\\(")) {
			auditLiteral(arguments, 4, "audit.action.", where, uses, claimed);
			auditLiteral(arguments, 5, "audit.field.", where, uses, claimed);
		}
		if (where.equals("audit/AuditTrail.java")) {
			for (List<Argument> arguments : callArguments(code, "\\brecord\\(")) {
				auditLiteral(arguments, 4, "audit.action.", where, uses, claimed);
			}
		}

		// Spring error codes: rejectValue(field, code), reject(code)
		Matcher rejectValue = Pattern.compile("\\.rejectValue\\(\\s*(\"[^\"]*\")\\s*,\\s*(\"[^\"]*\")").matcher(code);
		while (rejectValue.find()) {
			claimed.add(rejectValue.start(1));
			claimed.add(rejectValue.start(2));
			uses.add(Use.code(unquote(rejectValue.group(2)), lastSegment(unquote(rejectValue.group(1))), where));
		}
		Matcher reject = Pattern.compile("\\.reject\\(\\s*(\"[^\"]*\")").matcher(code);
		while (reject.find()) {
			claimed.add(reject.start(1));
			uses.add(Use.code(unquote(reject.group(1)), null, where));
		}

		// keys in any of these places, whatever their namespace
		List<Pattern> keyPlaces = List.of(Pattern.compile("\\bgetMessage\\(\\s*(\"[^\"]*\")(\\s*\\+)?"),
				Pattern.compile("\\bnew\\s+DefaultMessageSourceResolvable\\(\\s*(\"[^\"]*\")(\\s*\\+)?"),
				Pattern
					.compile("\\bnew\\s+RuleViolationException\\(\\s*(?:\"[^\"]*\"|null|[\\w.()]+)\\s*,\\s*(\"[^\"]*\")"
							+ "(\\s*\\+)?"),
				Pattern.compile("\\bsuper\\(\\s*(?:\"[^\"]*\"|null|\\w+)\\s*,\\s*(\"[^\"]*\")(\\s*\\+)?"),
				Pattern.compile("\\badd(?:Flash)?Attribute\\(\\s*\"(?:message|errorMessage)\"\\s*,\\s*(\"[^\"]*\")"
						+ "(\\s*\\+)?"),
				Pattern.compile("\\badd(?:Flash)?Attribute\\(\\s*\"(?:message|errorMessage)\"\\s*,\\s*[^;\"]*\\?\\s*"
						+ "(\"[^\"]*\")\\s*:"),
				Pattern.compile("\\badd(?:Flash)?Attribute\\(\\s*\"(?:message|errorMessage)\"\\s*,\\s*[^;\"]*\\?\\s*"
						+ "\"[^\"]*\"\\s*:\\s*(\"[^\"]*\")"));
		boolean ruleViolation = code.contains("extends RuleViolationException");
		for (Pattern place : keyPlaces) {
			if (place.pattern().startsWith("\\bsuper") && !ruleViolation) {
				continue;
			}
			Matcher found = place.matcher(code);
			while (found.find()) {
				if (claimed.add(found.start(1))) {
					uses.add(use(unquote(found.group(1)), found.groupCount() > 1 && found.group(2) != null, enums,
							where));
				}
			}
		}
		Matcher validation = Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^}\"]+)\\}\"").matcher(code);
		while (validation.find()) {
			claimed.add(validation.start() + validation.group().indexOf('"'));
			uses.add(Use.key(validation.group(1), where));
		}

		// any other literal that looks like a key of ours
		for (Literal literal : JavaSources.literals(source)) {
			if (claimed.contains(literal.start()) || !KEY_SHAPE.matcher(literal.value()).matches()
					|| !namespaces.contains(literal.value().substring(0, literal.value().indexOf('.')))) {
				continue;
			}
			boolean prefix = literal.value().endsWith(".")
					|| code.substring(literal.start()).matches("(?s)\"[^\"]*\"\\s*\\+.*");
			uses.add(use(literal.value(), prefix, enums, where));
		}
		return uses;
	}

	/**
	 * The Spring codes of the Bean Validation constraints that carry no message of their
	 * own: {@code NotBlank} on field {@code name} is looked up as
	 * {@code NotBlank.<form>.name}, {@code NotBlank.name}, … {@code NotBlank}.
	 */
	static List<Use> constraintUses(String path, String source) {
		String code = JavaSources.withoutComments(source);
		String where = path.substring(path.replace('\\', '/').indexOf("vn/sochibo/") + "vn/sochibo/".length());
		List<Use> uses = new ArrayList<>();
		Matcher constraint = CONSTRAINT.matcher(code);
		while (constraint.find()) {
			if (constraint.group(2) != null && constraint.group(2).matches("(?s).*\\bmessage\\s*=.*")) {
				continue;
			}
			Matcher field = Pattern.compile(
					"\\G(?:\\s*@\\w+(?:\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?)*\\s*(?:private\\s+|protected\\s+|"
							+ "public\\s+)?(?:final\\s+)?[\\w.<>\\[\\]?, ]+?\\s+(\\w+)\\s*[;=,)]")
				.matcher(code);
			if (field.find(constraint.end())) {
				uses.add(Use.code(constraint.group(1), field.group(1), where));
			}
		}
		return uses;
	}

	private record Argument(String text, int start) {
	}

	/**
	 * The arguments of every call that {@code opening} starts (it ends with the opening
	 * parenthesis), split at the top-level commas.
	 */
	private static List<List<Argument>> callArguments(String code, String opening) {
		List<List<Argument>> calls = new ArrayList<>();
		Matcher call = Pattern.compile(opening).matcher(code);
		while (call.find()) {
			List<Argument> arguments = new ArrayList<>();
			int depth = 0;
			int start = call.end();
			boolean inString = false;
			for (int i = call.end(); i < code.length(); i++) {
				char c = code.charAt(i);
				if (inString) {
					if (c == '\\') {
						i++;
					}
					else if (c == '"') {
						inString = false;
					}
				}
				else if (c == '"') {
					inString = true;
				}
				else if (c == '(' || c == '{' || c == '[') {
					depth++;
				}
				else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
					depth--;
				}
				else if (c == ')' || (c == ',' && depth == 0)) {
					String text = code.substring(start, i);
					int leading = text.length() - text.stripLeading().length();
					arguments.add(new Argument(text.strip(), start + leading));
					start = i + 1;
					if (c == ')') {
						break;
					}
				}
			}
			calls.add(arguments);
		}
		return calls;
	}

	private static void auditLiteral(List<Argument> arguments, int position, String prefix, String where,
			List<Use> uses, Set<Integer> claimed) {
		if (position < arguments.size() && arguments.get(position).text().matches("\"[^\"]+\"")) {
			claimed.add(arguments.get(position).start());
			uses.add(Use.key(prefix + unquote(arguments.get(position).text()), where));
		}
	}

	private static Use use(String key, boolean prefix, Map<String, List<String>> enums, String where) {
		return prefix ? Use.prefix(key, null, enumOf(key, enums), where) : Use.key(key, where);
	}

	/**
	 * The enum whose constants complete a prefix: the declared one, else the one named
	 * after its last segment or its last two ({@code fund.kind.} → {@code FundKind}).
	 */
	static String enumOf(String prefix, Map<String, List<String>> enums) {
		if (PREFIX_ENUMS.containsKey(prefix)) {
			return PREFIX_ENUMS.get(prefix);
		}
		if (PREFIXES_WITHOUT_ENUM.contains(prefix)) {
			return null;
		}
		String[] segments = prefix.split("\\.");
		List<String> candidates = new ArrayList<>();
		candidates.add(capitalized(segments[segments.length - 1]));
		if (segments.length > 1) {
			candidates.add(capitalized(segments[segments.length - 2]) + capitalized(segments[segments.length - 1]));
		}
		return candidates.stream().filter(enums::containsKey).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------- checking

	/**
	 * What is wrong with these uses against the defined keys: a key not defined, a prefix
	 * no key starts with, a constant of the prefix's enum without its key, a code with no
	 * message at any of its levels.
	 */
	static List<String> missing(List<Use> uses, Set<String> keys, Map<String, List<String>> enums) {
		Set<String> missing = new LinkedHashSet<>();
		for (Use use : uses) {
			switch (use.kind()) {
				case KEY -> {
					if (!keys.contains(use.key())) {
						missing.add(use.where() + ": " + use.key());
					}
				}
				case PREFIX -> {
					String suffix = (use.suffix() != null) ? use.suffix() : "";
					if (use.enumName() != null && enums.containsKey(use.enumName())) {
						for (String constant : enums.get(use.enumName())) {
							if (!keys.contains(use.key() + constant + suffix)) {
								missing.add(use.where() + ": " + use.key() + constant + suffix + " (" + use.enumName()
										+ "." + constant + ")");
							}
						}
					}
					else {
						Pattern completed = Pattern.compile(Pattern.quote(use.key()) + "[^.]+" + Pattern.quote(suffix));
						if (keys.stream().noneMatch((key) -> completed.matcher(key).matches())) {
							missing.add(use.where() + ": " + use.key() + "…" + suffix);
						}
					}
				}
				case CODE -> {
					boolean found = keys.contains(use.key())
							|| (use.field() != null && (keys.contains(use.key() + "." + use.field()) || keys.stream()
								.anyMatch(
										(key) -> key.startsWith(use.key() + ".") && key.endsWith("." + use.field()))));
					if (!found) {
						missing.add(use.where() + ": " + use.key()
								+ ((use.field() != null) ? " (field " + use.field() + ")" : ""));
					}
				}
			}
		}
		return List.copyOf(missing);
	}

	static String decapitalized(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static String capitalized(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String unquote(String literal) {
		return literal.substring(1, literal.length() - 1);
	}

	private static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

}
