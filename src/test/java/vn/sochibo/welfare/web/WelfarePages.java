package vn.sochibo.welfare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import vn.sochibo.support.Html;

/**
 * Reads the welfare pages the way a person reads them: every error message a form shows
 * (next to a field or at its top), and what the distribution form would submit.
 */
final class WelfarePages {

	private static final Pattern FIELD_ERROR = Pattern.compile("<div class=\"invalid-feedback[^\"]*\"[^>]*>(.*?)</div>",
			Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.DOTALL);

	private WelfarePages() {
	}

	/**
	 * Every error the page shows: those next to fields and those listed at the top of a
	 * form.
	 */
	static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		Matcher error = FIELD_ERROR.matcher(html);
		while (error.find()) {
			errors.add(Html.text(error.group(1)));
		}
		int top = html.indexOf("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		if (top >= 0) {
			Matcher item = ITEM.matcher(html.substring(top, html.indexOf("</div>", top)));
			while (item.find()) {
				errors.add(Html.text(item.group(1)));
			}
		}
		return errors;
	}

	/**
	 * What a browser would submit with the distribution form of a review page (the page
	 * also has a selection form with the same address).
	 */
	static MultiValueMap<String, String> distributionForm(String html, Long programId) {
		int id = html.indexOf("id=\"distributionForm\"");
		if (id < 0) {
			throw new AssertionError("no distribution form");
		}
		return Html.formFields(html.substring(html.lastIndexOf("<form", id)),
				"/welfare/programs/" + programId + "/distribute");
	}

}
