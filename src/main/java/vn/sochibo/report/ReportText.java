package vn.sochibo.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the secretary writes in a report: the narrative by section, the recipients (one
 * per line) and the signer's name.
 */
public record ReportText(Map<ReportSection, String> sections, String recipients, String signerName) {

	public ReportText {
		Map<ReportSection, String> copy = new EnumMap<>(ReportSection.class);
		copy.putAll(sections);
		sections = copy;
	}

}
