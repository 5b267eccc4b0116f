package vn.sochibo.audit;

import java.util.List;
import java.util.function.BinaryOperator;

/**
 * A line of an audit trail as the .xlsx downloads write it: when (Vietnam's time), who,
 * which record (and the record it is a part of), what, the field, the old and the new
 * value — each label the message of its key when there is one ({@code messageOr(key,
 * fallback)}), as the pages show them.
 */
public final class AuditRows {

	/** The message keys of the columns' headers, in order. */
	public static final List<String> HEADER_KEYS = List.of("audit.when", "audit.who", "audit.record", "audit.what",
			"audit.field", "audit.old", "audit.new");

	private AuditRows() {
	}

	/** The cells of one line, in the order of {@link #HEADER_KEYS}. */
	public static Object[] cells(AuditEntryView e, BinaryOperator<String> messageOr) {
		String record = messageOr.apply(e.entityKey(), e.entityType()) + " #" + e.entityId();
		if (e.parentType() != null) {
			record += " (" + messageOr.apply("audit.entity." + e.parentType(), e.parentType()) + " #" + e.parentId()
					+ ")";
		}
		return new Object[] { e.localTime(), e.actor(), record, messageOr.apply(e.actionKey(), e.action()),
				(e.field() != null) ? messageOr.apply(e.fieldKey(), e.field()) : null, value(e.oldValue(), messageOr),
				value(e.newValue(), messageOr) };
	}

	private static String value(String stored, BinaryOperator<String> messageOr) {
		return (stored != null) ? messageOr.apply("audit.value." + stored, stored) : null;
	}

}
