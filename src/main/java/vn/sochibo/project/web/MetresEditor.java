package vn.sochibo.project.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Metres as people type them: "120", "120,5" (the Vietnamese way) or "120.5"; at most two
 * decimals. Shown back with a comma.
 */
class MetresEditor extends PropertyEditorSupport {

	private static final Pattern METRES = Pattern.compile("-?\\d{1,9}([.,]\\d{1,2})?");

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		String trimmed = text.strip();
		if (!METRES.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("not a number of metres: " + text);
		}
		setValue(new BigDecimal(trimmed.replace(',', '.')));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value instanceof BigDecimal metres) ? metres.stripTrailingZeros().toPlainString().replace('.', ',')
				: "";
	}

}
