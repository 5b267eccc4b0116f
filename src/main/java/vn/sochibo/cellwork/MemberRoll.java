package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cell's roll over a period, read in one query: every member's periods in the cell that
 * touch it, so pages that look at many days (the year's 14 meetings, its activities) ask
 * {@link #on} without another query.
 */
public final class MemberRoll {

	private final List<Line> lines;

	MemberRoll(List<Line> lines) {
		this.lines = List.copyOf(lines);
	}

	/**
	 * The members on the roll on that day, in list order (given name, then full name).
	 */
	public List<RollMember> on(LocalDate date) {
		return this.lines.stream()
			.filter((line) -> line.covers(date))
			.map((line) -> line.on(date))
			.collect(Collectors.toMap(RollMember::id, Function.identity(), (first, second) -> first,
					java.util.LinkedHashMap::new))
			.values()
			.stream()
			.toList();
	}

	/**
	 * The member, if on the roll on that day.
	 */
	public Optional<RollMember> member(Long memberId, LocalDate date) {
		return this.lines.stream()
			.filter((line) -> line.memberId().equals(memberId) && line.covers(date))
			.findFirst()
			.map((line) -> line.on(date));
	}

	/**
	 * Every member on the roll at some time of the period, as they stood on its last day
	 * on the roll.
	 */
	public List<RollMember> anyTime() {
		Map<Long, Line> last = this.lines.stream()
			.collect(Collectors.toMap(Line::memberId, Function.identity(),
					(first, second) -> (second.periodFrom().isAfter(first.periodFrom()) ? second : first),
					java.util.LinkedHashMap::new));
		return last.values().stream().map((line) -> line.on(line.lastDay())).toList();
	}

	/**
	 * One member's period in the cell.
	 */
	record Line(Long memberId, String fullName, Sex sex, Integer birthYear, LocalDate joinedOn, LocalDate officialOn,
			LocalDate exemptSince, LocalDate periodFrom, LocalDate periodTo, LocalDate until) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.periodFrom) && (this.periodTo == null || !date.isAfter(this.periodTo));
		}

		LocalDate lastDay() {
			return (this.periodTo != null && this.periodTo.isBefore(this.until)) ? this.periodTo : this.until;
		}

		RollMember on(LocalDate date) {
			MemberStanding standing = (this.officialOn != null && !this.officialOn.isAfter(date)) ? MemberStanding.FULL
					: MemberStanding.PROBATIONARY;
			boolean exempt = this.exemptSince != null && !this.exemptSince.isAfter(date);
			return new RollMember(this.memberId, this.fullName, this.sex, this.birthYear, this.joinedOn, standing,
					exempt);
		}

	}

}
