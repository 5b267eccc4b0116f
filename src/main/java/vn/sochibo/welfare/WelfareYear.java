package vn.sochibo.welfare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Figure.Unit;
import vn.sochibo.shared.Money;

/**
 * Welfare in some areas and a year, in numbers only (never a recipient): the gifts given
 * (not cancelled) by the year's programs to households of those areas — how many, to how
 * many households, worth how much, by kind of support — and the loan referrals of the
 * year with what the bank lent; the same by program (in the order they were held).
 */
public record WelfareYear(int year, long gifts, long households, Money value, Map<GiftItem, ItemLine> byItem,
		List<ProgramLine> programs, long referrals, long approvedReferrals, Money lent) {

	public WelfareYear {
		programs = List.copyOf(programs);
		Map<GiftItem, ItemLine> copy = new EnumMap<>(GiftItem.class);
		copy.putAll(byItem);
		byItem = Collections.unmodifiableMap(copy);
	}

	public ItemLine item(GiftItem item) {
		return this.byItem.getOrDefault(item, new ItemLine(0, Money.ZERO));
	}

	/**
	 * The year's welfare figures, each defined once ({@link Figure}).
	 */
	public List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		String programs = "/welfare/programs?year=" + this.year;
		figures.add(new Figure("figure.welfare.gifts", this.gifts, Unit.COUNT, programs));
		figures.add(new Figure("figure.welfare.households", this.households, Unit.COUNT, programs));
		figures.add(new Figure("figure.welfare.value", this.value.amount(), Unit.MONEY, programs));
		String loans = "/welfare/loans?year=" + this.year;
		figures.add(new Figure("figure.welfare.referrals", this.referrals, Unit.COUNT, loans));
		figures.add(new Figure("figure.welfare.approvedReferrals", this.approvedReferrals, Unit.COUNT, loans));
		figures.add(new Figure("figure.welfare.lent", this.lent.amount(), Unit.MONEY, loans));
		return List.copyOf(figures);
	}

	/**
	 * The gifts of one program to those areas: how many, to how many households, and
	 * their value.
	 */
	public record ProgramLine(Long programId, String name, long gifts, long households, Money value) {
	}

	/** The gifts of one kind of support: how many and their value. */
	public record ItemLine(long gifts, Money value) {
	}

}
