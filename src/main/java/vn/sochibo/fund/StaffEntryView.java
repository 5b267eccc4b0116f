package vn.sochibo.fund;

/**
 * An entry on the staff ledger page: everything, except the contributor's real name when
 * the entry lies outside the user's areas (the public display name still shows).
 *
 * @param reversedBy the id of the entry that reversed this one, or null
 */
public record StaffEntryView(LedgerEntry entry, String contributorName, Long reversedBy) {

	public boolean reversed() {
		return this.reversedBy != null;
	}

}
