package vn.sochibo.imports;

/**
 * A column of an import's sheet: its header (a message key {@code import.column.*}; the
 * template marks a required one "(*)"), whether a row must fill it, its longest text, and
 * whether the template formats it as text (codes, phone numbers, ID numbers: Excel would
 * otherwise drop their leading zeros).
 */
record ImportColumn(String key, boolean required, int maxLength, boolean asText, int width) {

	static ImportColumn required(String key, int maxLength, int width) {
		return new ImportColumn(key, true, maxLength, false, width);
	}

	static ImportColumn optional(String key, int maxLength, int width) {
		return new ImportColumn(key, false, maxLength, false, width);
	}

	ImportColumn text() {
		return new ImportColumn(this.key, this.required, this.maxLength, true, this.width);
	}

}
