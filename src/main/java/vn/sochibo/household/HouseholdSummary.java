package vn.sochibo.household;

import java.util.List;

/**
 * A row of the household list (one query per page; statuses of the filtered year).
 */
public record HouseholdSummary(Long id, String code, String headName, String address, String alley, Long areaId,
		String areaCode, String areaName, int members, List<StatusKind> statuses) {
}
