package vn.sochibo.fund;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.fund.LedgerYear.FundLine;
import vn.sochibo.fund.LedgerYear.Month;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.NaturalOrder;

/**
 * The ledger's figures of a year ({@link LedgerYear}) for other features — a cell's year
 * and annual report, the dashboards, the public year in figures — read from the running
 * month totals the database keeps as entries are appended (V18), so a year costs two
 * statements whatever the size of the ledger. Funds are public: any user of the ward may
 * ask for any areas the caller has checked.
 */
@Service
public class LedgerFigures {

	private final JdbcClient jdbc;

	private final FundStore funds;

	LedgerFigures(JdbcClient jdbc, FundStore funds) {
		this.jdbc = jdbc;
		this.funds = funds;
	}

	/**
	 * The year's ledger of the entries counted in those areas of the user's ward.
	 */
	@Transactional(readOnly = true)
	public LedgerYear year(CurrentUser user, Set<Long> areaIds, int year) {
		return yearOnYear(user, areaIds, year).year();
	}

	/**
	 * The year's ledger and the year before's of the entries counted in those areas of
	 * the user's ward, read together.
	 */
	@Transactional(readOnly = true)
	public YearOnYear yearOnYear(CurrentUser user, Set<Long> areaIds, int year) {
		Long wardId = user.require(Action.READ).requireWard();
		if (areaIds.isEmpty()) {
			return new YearOnYear(new LedgerYear(year, emptyMonths(), List.of(), Money.ZERO),
					new LedgerYear(year - 1, emptyMonths(), List.of(), Money.ZERO));
		}
		return read(wardId, areaIds, year);
	}

	/**
	 * The year's ledger of the whole ward, entries without an area included.
	 */
	@Transactional(readOnly = true)
	public LedgerYear wardYear(CurrentUser user, int year) {
		return wardYearOnYear(user, year).year();
	}

	/**
	 * The year's ledger and the year before's of the whole ward, read together.
	 */
	@Transactional(readOnly = true)
	public YearOnYear wardYearOnYear(CurrentUser user, int year) {
		return read(user.require(Action.READ).requireWard(), null, year);
	}

	/**
	 * The year's ledger of a ward for its public pages (no login): funds are public.
	 */
	@Transactional(readOnly = true)
	public LedgerYear publicYear(Long wardId, int year) {
		return read(wardId, null, year).year();
	}

	/**
	 * One pass over the month totals up to the year, in two groupings: by fund, by period
	 * (before the year before, the year before, the year) and flow; and by period, month
	 * and flow — a few thousand rows for a ward of 400 funds, where one row per fund and
	 * month would be tens of thousands.
	 */
	private YearOnYear read(Long wardId, Set<Long> areaIds, int year) {
		Period[] periods = { new Period(), new Period(), new Period() };
		String areas = (areaIds != null) ? " and area_id in (:areas)" : "";
		var statement = this.jdbc.sql("""
				select grouping(fund_id) = 0 as by_fund, fund_id, period, month, flow,
				       sum(amount) as amount, sum(entries) as entries
				  from (select fund_id, month, flow, amount, entries,
				               case when year = :year then 2 when year = :year - 1 then 1 else 0 end as period
				          from ledger_month_totals
				         where ward_id = :ward and year <= :year""" + areas + """
				) totals
				 group by grouping sets ((fund_id, period, flow), (period, month, flow))""")
			.param("ward", wardId)
			.param("year", year);
		if (areaIds != null) {
			statement = statement.param("areas", areaIds);
		}
		statement.query((RowCallbackHandler) (rs) -> {
			Period period = periods[rs.getInt("period")];
			String flow = rs.getString("flow");
			Money amount = Money.of(rs.getBigDecimal("amount"));
			long entries = rs.getLong("entries");
			if (rs.getBoolean("by_fund")) {
				period.byFund.computeIfAbsent(rs.getLong("fund_id"), (id) -> new Tally()).add(flow, amount, entries);
			}
			else {
				period.months[rs.getInt("month") - 1].add(flow, amount, entries);
			}
		});
		Set<Long> fundIds = new HashSet<>();
		for (Period period : periods) {
			fundIds.addAll(period.byFund.keySet());
		}
		Map<Long, FundSummary> summaries = new HashMap<>();
		if (!fundIds.isEmpty()) {
			for (FundSummary fund : this.funds.summaries(wardId, fundIds)) {
				summaries.put(fund.id(), fund);
			}
		}
		return new YearOnYear(ledgerYear(year, periods[2], List.of(periods[0], periods[1], periods[2]), summaries),
				ledgerYear(year - 1, periods[1], List.of(periods[0], periods[1]), summaries));
	}

	/**
	 * The ledger of a year from its period's tallies, with balances over the periods up
	 * to it.
	 */
	private static LedgerYear ledgerYear(int year, Period period, List<Period> upToIt,
			Map<Long, FundSummary> summaries) {
		List<Month> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(new Month(i + 1, period.months[i].flows()));
		}
		Map<Long, Money> balances = new HashMap<>();
		for (Period earlier : upToIt) {
			earlier.byFund.forEach((fundId, tally) -> balances.merge(fundId, tally.balance, Money::plus));
		}
		List<FundLine> lines = new ArrayList<>();
		Money balance = Money.ZERO;
		for (Map.Entry<Long, Money> fund : balances.entrySet()) {
			FundSummary summary = summaries.get(fund.getKey());
			if (summary == null) {
				continue;
			}
			Tally tally = period.byFund.get(fund.getKey());
			lines.add(new FundLine(summary, (tally != null) ? tally.flows() : Flows.NONE, fund.getValue()));
			balance = balance.plus(fund.getValue());
		}
		return new LedgerYear(year, months, NaturalOrder.sorted(lines, (line) -> line.fund().name()), balance);
	}

	private static List<Month> emptyMonths() {
		List<Month> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(new Month(month, Flows.NONE));
		}
		return months;
	}

	/** The tallies of one period: by month and by fund. */
	private static final class Period {

		private final Tally[] months = { new Tally(), new Tally(), new Tally(), new Tally(), new Tally(), new Tally(),
				new Tally(), new Tally(), new Tally(), new Tally(), new Tally(), new Tally() };

		private final Map<Long, Tally> byFund = new HashMap<>();

	}

	/** Sums of flows while the rows are read. */
	private static final class Tally {

		private final Map<FundingSource, Money> raised = new EnumMap<>(FundingSource.class);

		private Money spent = Money.ZERO;

		private long contributions;

		private Money balance = Money.ZERO;

		void add(String flow, Money amount, long entries) {
			if ("SPENT".equals(flow)) {
				this.spent = this.spent.plus(amount);
				this.balance = this.balance.minus(amount);
				return;
			}
			FundingSource source = FundingSource.valueOf(flow);
			this.raised.merge(source, amount, Money::plus);
			this.contributions += entries;
			if (source != FundingSource.IN_KIND) {
				this.balance = this.balance.plus(amount);
			}
		}

		Flows flows() {
			return new Flows(this.raised, this.spent, this.contributions);
		}

	}

}
