package vn.sochibo.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.unbescape.html.HtmlEscape;

/**
 * Reads rendered pages the way a person reads them: the error shown next to a form field,
 * what a field holds, the rows of a table. Deliberately small: our templates are regular,
 * and a test that needs more should say so.
 */
public final class Html {

	private static final Pattern CONTROL = Pattern
		.compile("<(input|select|textarea)\\b[^>]*?\\bname=\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern FIELD_ERROR = Pattern.compile("<div class=\"invalid-feedback[^\"]*\"[^>]*>(.*?)</div>",
			Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private Html() {
	}

	/**
	 * The error message shown right after the control named {@code field} (before the
	 * next control of another field), or {@code null} when there is none.
	 */
	public static String fieldError(String html, String field) {
		List<Control> controls = controls(html);
		Control control = controls.stream()
			.filter((candidate) -> candidate.name().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form control named " + field));
		int next = controls.stream()
			.filter((candidate) -> candidate.start() > control.start() && !candidate.name().equals(field)
					&& !candidate.name().startsWith("_"))
			.mapToInt(Control::start)
			.findFirst()
			.orElse(html.length());
		Matcher error = FIELD_ERROR.matcher(html);
		if (error.find(control.end()) && error.start() < next) {
			return text(error.group(1));
		}
		return null;
	}

	/**
	 * How many form controls are named {@code field} (checkbox groups aside, a form shows
	 * each field once).
	 */
	public static long controlCount(String html, String field) {
		return controls(html).stream().filter((control) -> control.name().equals(field)).count();
	}

	/**
	 * What the field named {@code field} holds: an input's value, a text area's text, the
	 * value of a select's chosen option.
	 */
	public static String value(String html, String field) {
		Control control = controls(html).stream()
			.filter((candidate) -> candidate.name().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form control named " + field));
		switch (control.kind()) {
			case "textarea" -> {
				int close = html.indexOf("</textarea>", control.end());
				return text(html.substring(control.end(), close));
			}
			case "select" -> {
				int close = html.indexOf("</select>", control.end());
				Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"")
					.matcher(html.substring(control.end(), close));
				return selected.find() ? text(selected.group(1)) : null;
			}
			default -> {
				Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(control.tag());
				return value.find() ? text(value.group(1)) : null;
			}
		}
	}

	/**
	 * The value of an attribute of the control named {@code field}.
	 */
	public static String attribute(String html, String field, String attribute) {
		Control control = controls(html).stream()
			.filter((candidate) -> candidate.name().equals(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no form control named " + field));
		return attributeOf(control.tag(), attribute);
	}

	/**
	 * The targets of the page's labels that no element carries as its id (a label must
	 * point at its field).
	 */
	public static List<String> labelsWithoutField(String html) {
		List<String> missing = new ArrayList<>();
		Matcher label = Pattern.compile("<label\\b[^>]*\\sfor=\"([^\"]*)\"").matcher(html);
		while (label.find()) {
			if (!html.contains(" id=\"" + label.group(1) + "\"")) {
				missing.add(label.group(1));
			}
		}
		return missing;
	}

	/**
	 * What a browser would submit with the form whose action is {@code action}: text,
	 * hidden and date inputs, checked boxes, chosen options and text areas, in page order
	 * (the CSRF token left out; a test adds its own).
	 */
	public static MultiValueMap<String, String> formFields(String html, String action) {
		Matcher form = Pattern
			.compile("<form\\b[^>]*\\baction=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
			.matcher(html);
		if (!form.find()) {
			throw new AssertionError("no form posting to " + action);
		}
		String body = form.group(1);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (Control control : controls(body)) {
			if (control.name().equals("_csrf")) {
				continue;
			}
			String type = attributeOf(control.tag(), "type");
			if (control.kind().equals("input") && ("checkbox".equals(type) || "radio".equals(type))
					&& !control.tag().contains("checked")) {
				continue;
			}
			String value = switch (control.kind()) {
				case "textarea" -> text(body.substring(control.end(), body.indexOf("</textarea>", control.end())));
				case "select" -> {
					Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"")
						.matcher(body.substring(control.end(), body.indexOf("</select>", control.end())));
					yield selected.find() ? text(selected.group(1)) : "";
				}
				default -> {
					String attribute = attributeOf(control.tag(), "value");
					yield (attribute != null) ? attribute : "";
				}
			};
			fields.add(control.name(), value);
		}
		return fields;
	}

	/**
	 * The text of every table row of the page, cells separated by " | ".
	 */
	public static List<String> rows(String html) {
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			String cells = row.group(1).replaceAll("</t[dh]>", " | ");
			rows.add(text(cells).replaceAll("\\s+", " ").trim());
		}
		return rows;
	}

	/**
	 * The text a reader sees in a piece of markup: tags removed, entities decoded.
	 */
	public static String text(String markup) {
		return HtmlEscape.unescapeHtml(TAG.matcher(markup).replaceAll("")).trim();
	}

	private static String attributeOf(String tag, String attribute) {
		Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(tag);
		return value.find() ? text(value.group(1)) : null;
	}

	private static List<Control> controls(String html) {
		List<Control> controls = new ArrayList<>();
		Matcher control = CONTROL.matcher(html);
		while (control.find()) {
			controls.add(new Control(control.group(1).toLowerCase(), control.group(2), control.group(), control.start(),
					control.end()));
		}
		return controls;
	}

	private record Control(String kind, String name, String tag, int start, int end) {

	}

}
