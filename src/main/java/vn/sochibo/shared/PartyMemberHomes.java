package vn.sochibo.shared;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a Party cell's members live, for the features that serve them without reading the
 * cell's records (welfare programs for Party members): implemented by the cell-work
 * feature, so that welfare depends on the shared kernel only.
 */
public interface PartyMemberHomes {

	/**
	 * The households (of the ward) where a member on the cell's roll on {@code on} lives,
	 * of those who joined the Party at least {@code minYearsInParty} years before that
	 * day (0: every member). A household with two members is named once.
	 */
	Set<Long> householdsOfMembers(Long wardId, Long cellId, LocalDate on, int minYearsInParty);

}
