package vn.sochibo.fund;

import java.time.LocalDate;
import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A paper list of contributions as typed in (a command): the control count and total
 * written on the paper, the date, method and area of the whole list, the lines as read —
 * each naming a household of the register by its code, a giver by name, or nobody — and
 * the rows that could not be read at all.
 *
 * @param areaId the area of the lines that name no household (a household's line is in
 * the household's area)
 * @param unreadable the rows the web form could not read, by line number
 */
public record PaperList(Long fundId, int controlCount, Money controlTotal, String note, LocalDate date,
		PaymentMethod method, Long areaId, List<Line> lines, List<Problem> unreadable) {

	public PaperList {
		lines = List.copyOf(lines);
		unreadable = List.copyOf(unreadable);
	}

	/**
	 * A line as read: its number on the paper (from 1, blank rows not counted), who gave
	 * (a household code, a name, or null), the amount and the giver's display choice.
	 */
	public record Line(int number, String who, Money amount, DisplayChoice display) {
	}

	/**
	 * What is wrong with one line: a message key and its arguments.
	 */
	public record Problem(int line, String messageKey, Object... arguments) {
	}

}
