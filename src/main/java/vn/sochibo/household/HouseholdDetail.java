package vn.sochibo.household;

import java.util.List;

/**
 * A household with its status history, for its page and its edit form.
 */
public record HouseholdDetail(Long id, String code, String headName, String address, String alley, Long areaId,
		String areaLabel, Integer members, String phone, String notes, List<StatusView> statuses, Integer version) {
}
