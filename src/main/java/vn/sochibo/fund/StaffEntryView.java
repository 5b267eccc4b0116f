package vn.sochibo.fund;

/**
 * An entry on the staff ledger page: everything, except the real name behind the public
 * display name — the contributor's, or the payee of support to a household — when the
 * entry lies outside the user's areas (the public display name still shows).
 *
 * @param reversedBy the id of the entry that reversed this one, or null
 * @param actionable whether the user may reverse it or pay against it (its area is
 * theirs)
 */
public record StaffEntryView(LedgerEntry entry, String contributorName, Long reversedBy, boolean actionable) {

	public boolean reversed() {
		return this.reversedBy != null;
	}

}
