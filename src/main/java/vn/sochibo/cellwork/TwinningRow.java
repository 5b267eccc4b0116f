package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A twinning in a cell's list.
 */
public record TwinningRow(Long id, String title, TwinningStatus status, int fromYear, int toYear, LocalDate signedOn,
		String parties) {
}
