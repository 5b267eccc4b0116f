package vn.sochibo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads Java source text the way the architecture and message tests need it: its string
 * literals (text blocks included) with the line they start on, and the text with its
 * comments blanked out, so that a table or a key named in a comment is not taken for one
 * the code uses. Deliberately small: a lexer for literals and comments, no parser.
 */
public final class JavaSources {

	private JavaSources() {
	}

	/**
	 * A string literal: its value (escapes translated, a text block's incidental
	 * indentation removed), where it starts in the source and the line its value starts
	 * on (for a text block, the line after its opening quotes).
	 */
	public record Literal(String value, int start, int line) {

		/**
		 * The line of the character at {@code index} of the value.
		 */
		public int lineAt(int index) {
			int line = this.line;
			for (int i = 0; i < index && i < this.value.length(); i++) {
				if (this.value.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		}

	}

	/**
	 * The {@code .java} files under {@code root}, sorted.
	 */
	public static List<Path> files(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The string literals of a source, in order; literals inside comments are not
	 * literals.
	 */
	public static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		scan(source, literals, null);
		return literals;
	}

	/**
	 * The source with every comment replaced by spaces (line breaks kept), so that
	 * positions and line numbers stay those of the original.
	 */
	public static String withoutComments(String source) {
		StringBuilder out = new StringBuilder(source);
		scan(source, null, out);
		return out.toString();
	}

	/**
	 * The line (from 1) of a position in the source.
	 */
	public static int lineOf(String source, int position) {
		int line = 1;
		for (int i = 0; i < position && i < source.length(); i++) {
			if (source.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static void scan(String source, List<Literal> literals, StringBuilder blanked) {
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
				int end = source.indexOf('\n', i);
				end = (end < 0) ? n : end;
				blank(blanked, i, end);
				i = end;
			}
			else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
				int end = source.indexOf("*/", i + 2);
				end = (end < 0) ? n : end + 2;
				blank(blanked, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int contentStart = source.indexOf('\n', i + 3) + 1;
				int end = contentStart;
				while (end < n && !(source.startsWith("\"\"\"", end) && !escaped(source, end))) {
					end++;
				}
				if (literals != null) {
					String raw = source.substring(contentStart, end);
					literals.add(new Literal(translated(raw.stripIndent()), i, lineOf(source, contentStart)));
				}
				i = Math.min(n, end + 3);
			}
			else if (c == '"') {
				int end = i + 1;
				while (end < n && source.charAt(end) != '"' && source.charAt(end) != '\n') {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				if (literals != null) {
					literals
						.add(new Literal(translated(source.substring(i + 1, Math.min(end, n))), i, lineOf(source, i)));
				}
				i = end + 1;
			}
			else if (c == '\'') {
				int end = i + 1;
				while (end < n && source.charAt(end) != '\'' && source.charAt(end) != '\n') {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
	}

	/**
	 * The literal's value; one with a Unicode escape (which the compiler, not the
	 * literal, translates) is kept as written.
	 */
	private static String translated(String raw) {
		try {
			return raw.translateEscapes();
		}
		catch (IllegalArgumentException ex) {
			return raw;
		}
	}

	private static boolean escaped(String source, int position) {
		int backslashes = 0;
		for (int i = position - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static void blank(StringBuilder blanked, int start, int end) {
		if (blanked == null) {
			return;
		}
		for (int i = start; i < end; i++) {
			if (blanked.charAt(i) != '\n') {
				blanked.setCharAt(i, ' ');
			}
		}
	}

}
