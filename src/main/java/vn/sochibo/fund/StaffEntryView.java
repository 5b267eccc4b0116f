package vn.sochibo.fund;

/**
 * An entry on the staff ledger page: everything, except the real name behind the public
 * display name — the contributor's, or the payee of support to a household — when the
 * entry lies outside the user's areas (the public display name still shows).
 *
 * @param contributorName the real name, or null when the entry lies outside the user's
 * areas
 * @param reversedBy the id of the entry that reversed this one, or null
 * @param actionable whether the user may reverse it or pay against it (its area is
 * theirs)
 * @param readable whether the user may read it in full, receipt included (one of its
 * areas is theirs, or it has none)
 */
public record StaffEntryView(LedgerEntry entry, String contributorName, Long reversedBy, boolean actionable,
		boolean readable) {

	public boolean reversed() {
		return this.reversedBy != null;
	}

}
