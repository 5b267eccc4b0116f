package vn.sochibo.welfare.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.sochibo.household.StatusKind;
import vn.sochibo.welfare.DistributionOrder;

/**
 * A distribution under review: the selection it came from, the households ticked, the
 * flagged ones confirmed, and the gift each gets.
 */
public class DistributionForm extends GiftFields {

	private Set<StatusKind> statuses = new LinkedHashSet<>();

	private Set<Long> areaIds = new LinkedHashSet<>();

	private List<Long> householdIds = new ArrayList<>();

	private Set<Long> confirmedDuplicates = new LinkedHashSet<>();

	DistributionOrder toOrder(Long programId) {
		return new DistributionOrder(programId, this.statuses, this.areaIds, this.householdIds,
				this.confirmedDuplicates, toDetails(null));
	}

	public Set<StatusKind> getStatuses() {
		return this.statuses;
	}

	public void setStatuses(Set<StatusKind> statuses) {
		this.statuses = (statuses != null) ? statuses : new LinkedHashSet<>();
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = (areaIds != null) ? areaIds : new LinkedHashSet<>();
	}

	public List<Long> getHouseholdIds() {
		return this.householdIds;
	}

	public void setHouseholdIds(List<Long> householdIds) {
		this.householdIds = (householdIds != null) ? householdIds : new ArrayList<>();
	}

	public Set<Long> getConfirmedDuplicates() {
		return this.confirmedDuplicates;
	}

	public void setConfirmedDuplicates(Set<Long> confirmedDuplicates) {
		this.confirmedDuplicates = (confirmedDuplicates != null) ? confirmedDuplicates : new LinkedHashSet<>();
	}

}
