package vn.sochibo.welfare;

import java.time.LocalDate;
import java.util.Set;

import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;

/**
 * A welfare program as its page and edit form show it.
 */
public record ProgramView(Long id, String name, Occasion occasion, Integer year, LocalDate date,
		Set<StatusKind> targets, Money budget, ProgramSource source, Long fundId, String fundName, Long cellId,
		String cellName, String sponsorName, String description, Set<Long> areaIds, String approver,
		MemberGroup memberGroup, Integer version) {

	/**
	 * The date a new gift's form suggests: today once the program has begun in its own
	 * year, else the program's own date (a gift is never dated before its program, nor
	 * outside its year; a program still ahead gets its own date, which the form refuses
	 * as ahead until that day comes).
	 */
	public LocalDate suggestedGiftDate(LocalDate today) {
		return (this.year == today.getYear() && !this.date.isAfter(today)) ? today : this.date;
	}

	/**
	 * Whether the program is for the Party members of its cell (its page and gifts are
	 * then the cell's own records).
	 */
	public boolean forPartyMembers() {
		return this.memberGroup != null;
	}

	public boolean paidFromFund() {
		return this.source == ProgramSource.FUND;
	}

}
