package vn.sochibo.report.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.sochibo.report.ReportSection;
import vn.sochibo.report.ReportText;

/**
 * The report's edit form: one text per section (at most 8000 characters each), the
 * recipients (one per line) and the signer; the version of the draft it was opened on.
 */
public class ReportForm {

	private Map<String, @Size(max = ReportSection.MAX_LENGTH,
			message = "{report.form.size}") String> sections = new LinkedHashMap<>();

	@Size(max = 2000, message = "{report.form.recipients.size}")
	private String recipients;

	@Size(max = 120, message = "{report.form.signer.size}")
	private String signerName;

	private Integer version;

	static ReportForm of(ReportText text, Integer version) {
		ReportForm form = new ReportForm();
		for (ReportSection section : ReportSection.values()) {
			form.sections.put(section.name(), text.sections().get(section));
		}
		form.recipients = text.recipients();
		form.signerName = text.signerName();
		form.version = version;
		return form;
	}

	ReportText toText() {
		Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
		for (ReportSection section : ReportSection.values()) {
			String body = this.sections.get(section.name());
			if (body != null) {
				texts.put(section, body);
			}
		}
		return new ReportText(texts, this.recipients, this.signerName);
	}

	public Map<String, String> getSections() {
		return this.sections;
	}

	public void setSections(Map<String, String> sections) {
		this.sections = sections;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
