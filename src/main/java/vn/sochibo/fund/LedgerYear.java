package vn.sochibo.fund;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Figure.Unit;
import vn.sochibo.shared.Money;

/**
 * The ledger of a year for some areas (or the whole ward), from the ledger's running
 * month totals: what was raised, by source and by month (money from the state budget,
 * residents and sponsors apart from the estimated value of goods, labour and land), what
 * was spent, and the balance at the year's end (money raised less money spent in every
 * year up to this one: goods are never in it); the same by fund. An entry counts in the
 * area it names (only the ward admin posts without one: those count only in the ward's
 * figures), a reversal in the month it is dated, against its original's source. Pledges
 * are promises: only their payments count.
 *
 * @param months the twelve months, January first
 * @param funds the funds with entries counted in the year or before it, by name
 * @param balanceAtEnd money raised less money spent up to the year's last day
 */
public record LedgerYear(int year, List<Month> months, List<FundLine> funds, Money balanceAtEnd) {

	public LedgerYear {
		months = List.copyOf(months);
		funds = List.copyOf(funds);
	}

	/** The year's flows by source (and what was spent), summed over the months. */
	public Flows total() {
		Flows total = Flows.NONE;
		for (Month month : this.months) {
			total = total.plus(month.flows());
		}
		return total;
	}

	/** The funds that raised or spent something in the year. */
	public List<FundLine> activeFunds() {
		return this.funds.stream().filter((line) -> !line.year().isEmpty()).toList();
	}

	/**
	 * The year's ledger figures, each defined once ({@link Figure}).
	 */
	public List<Figure> figures() {
		Flows total = total();
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("figure.ledger.raised", total.raised().amount(), Unit.MONEY, "/funds"));
		for (FundingSource source : Flows.MONEY_SOURCES) {
			figures.add(new Figure("figure.ledger.raised." + source.name(), total.of(source).amount(), Unit.MONEY,
					"/funds"));
		}
		figures.add(new Figure("figure.ledger.inKind", total.inKind().amount(), Unit.MONEY, "/funds"));
		figures.add(new Figure("figure.ledger.spent", total.spent().amount(), Unit.MONEY, "/funds"));
		figures.add(new Figure("figure.ledger.balanceAtEnd", this.balanceAtEnd.amount(), Unit.MONEY, "/funds"));
		figures.add(new Figure("figure.ledger.contributions", total.contributions(), Unit.COUNT, "/funds"));
		figures.add(new Figure("figure.ledger.funds", activeFunds().size(), Unit.COUNT, "/funds"));
		return List.copyOf(figures);
	}

	/**
	 * What came in, by source, and went out: money from each source, goods' estimated
	 * value (under {@link FundingSource#IN_KIND}), money spent, and how many
	 * contributions (and pledge payments) are behind it, reversed ones taken out.
	 */
	public record Flows(Map<FundingSource, Money> bySource, Money spent, long contributions) {

		/** The sources of money (goods are not money). */
		public static final List<FundingSource> MONEY_SOURCES = List.of(FundingSource.STATE_BUDGET,
				FundingSource.RESIDENTS, FundingSource.SPONSORS);

		public static final Flows NONE = new Flows(Map.of(), Money.ZERO, 0);

		public Flows {
			Map<FundingSource, Money> copy = new EnumMap<>(FundingSource.class);
			for (FundingSource source : FundingSource.values()) {
				copy.put(source, bySource.getOrDefault(source, Money.ZERO));
			}
			bySource = Collections.unmodifiableMap(copy);
		}

		public Money of(FundingSource source) {
			return this.bySource.get(source);
		}

		/** Money raised: the state budget, residents and sponsors, never goods. */
		public Money raised() {
			Money raised = Money.ZERO;
			for (FundingSource source : MONEY_SOURCES) {
				raised = raised.plus(of(source));
			}
			return raised;
		}

		public Money inKind() {
			return of(FundingSource.IN_KIND);
		}

		/** Money and goods together: what counts toward a target. */
		public Money mobilized() {
			return raised().plus(inKind());
		}

		/** Money raised less money spent. */
		public Money net() {
			return raised().minus(this.spent);
		}

		public boolean isEmpty() {
			return this.contributions == 0 && this.bySource.values().stream().noneMatch(Money::isPositive)
					&& !this.spent.isPositive() && !this.spent.isNegative();
		}

		public Flows plus(Flows other) {
			Map<FundingSource, Money> sum = new EnumMap<>(this.bySource);
			other.bySource.forEach((source, amount) -> sum.merge(source, amount, Money::plus));
			return new Flows(sum, this.spent.plus(other.spent), this.contributions + other.contributions);
		}

	}

	/** One month of the year (1–12) and its flows. */
	public record Month(int month, Flows flows) {
	}

	/**
	 * A fund's part of the year: the fund as every page shows it (its target and its
	 * totals of all time), what was counted in the year, and the balance at the year's
	 * end of what was counted.
	 */
	public record FundLine(FundSummary fund, Flows year, Money balanceAtEnd) {
	}

}
