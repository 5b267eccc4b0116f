package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A twinning as recorded by one of the ward's cells (its owner, always a party): the
 * other parties — cells of the ward and/or named outside cells ("Chi bộ làng …, xã …") —
 * the term, the signing date (none while planned) and the coordination contents, in
 * order.
 */
public record TwinningDetails(String title, TwinningStatus status, Integer fromYear, Integer toYear, LocalDate signedOn,
		List<Long> cellIds, List<String> outsideParties, List<String> contents, String note) {
}
