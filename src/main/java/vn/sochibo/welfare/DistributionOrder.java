package vn.sochibo.welfare;

import java.util.List;
import java.util.Set;

import vn.sochibo.household.StatusKind;

/**
 * Gifts for many households at once (a command): the selection it was reviewed from
 * (statuses and areas; none: all of the program's), the households chosen, those of them
 * confirmed despite an earlier gift of the program, and the gift each one gets.
 */
public record DistributionOrder(Long programId, Set<StatusKind> statuses, Set<Long> areaIds, List<Long> householdIds,
		Set<Long> confirmedDuplicates, GiftDetails gift) {

	public DistributionOrder {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		areaIds = (areaIds != null) ? Set.copyOf(areaIds) : Set.of();
		householdIds = (householdIds != null) ? List.copyOf(householdIds) : List.of();
		confirmedDuplicates = (confirmedDuplicates != null) ? Set.copyOf(confirmedDuplicates) : Set.of();
	}

}
