package vn.sochibo.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.sochibo.shared.VietnameseText;

/**
 * The values a column may take, by their Vietnamese labels (the message
 * {@code prefix + constant}): the labels in order for the template's drop-down and the
 * error message, and the values by label as a cell is matched (accents, case and spaces
 * apart, {@link RowReader#choiceKey}).
 */
record Choices<E extends Enum<E>>(List<String> labels, Map<String, E> byKey) {

	static <E extends Enum<E>> Choices<E> of(MessageSource messages, String prefix, E[] values) {
		List<String> labels = new ArrayList<>();
		Map<String, E> byKey = new HashMap<>();
		for (E value : values) {
			String label = messages.getMessage(prefix + value.name(), null, value.name(), VietnameseText.LOCALE);
			labels.add(label);
			byKey.put(RowReader.choiceKey(label), value);
		}
		return new Choices<>(List.copyOf(labels), Map.copyOf(byKey));
	}

}
