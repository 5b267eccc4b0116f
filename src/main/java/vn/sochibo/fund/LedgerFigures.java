package vn.sochibo.fund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
		Long wardId = user.require(Action.READ).requireWard();
		if (areaIds.isEmpty()) {
			return new LedgerYear(year, emptyMonths(), List.of(), Money.ZERO);
		}
		return read(wardId, areaIds, year);
	}

	/**
	 * The year's ledger of the whole ward, entries without an area included.
	 */
	@Transactional(readOnly = true)
	public LedgerYear wardYear(CurrentUser user, int year) {
		return read(user.require(Action.READ).requireWard(), null, year);
	}

	/**
	 * The year's ledger of a ward for its public pages (no login): funds are public.
	 */
	@Transactional(readOnly = true)
	public LedgerYear publicYear(Long wardId, int year) {
		return read(wardId, null, year);
	}

	private LedgerYear read(Long wardId, Set<Long> areaIds, int year) {
		List<Map<FundingSource, Money>> monthRaised = new ArrayList<>();
		Money[] monthSpent = new Money[12];
		long[] monthContributions = new long[12];
		for (int i = 0; i < 12; i++) {
			monthRaised.add(new EnumMap<>(FundingSource.class));
			monthSpent[i] = Money.ZERO;
		}
		Map<Long, FundTally> byFund = new HashMap<>();
		String areas = (areaIds != null) ? " and area_id in (:areas)" : "";
		var statement = this.jdbc.sql("""
				select fund_id, (year = :year) as this_year, case when year = :year then month else 0 end as month,
				       flow, sum(amount) as amount, sum(entries) as entries
				  from ledger_month_totals
				 where ward_id = :ward and year <= :year""" + areas + """

				group by fund_id, 2, 3, flow""").param("ward", wardId).param("year", year);
		if (areaIds != null) {
			statement = statement.param("areas", areaIds);
		}
		statement.query((RowCallbackHandler) (rs) -> {
			long fundId = rs.getLong("fund_id");
			String flow = rs.getString("flow");
			Money amount = Money.of(rs.getBigDecimal("amount"));
			long entries = rs.getLong("entries");
			FundTally tally = byFund.computeIfAbsent(fundId, (id) -> new FundTally());
			boolean spent = "SPENT".equals(flow);
			tally.balance = spent ? tally.balance.minus(amount)
					: FundingSource.valueOf(flow) == FundingSource.IN_KIND ? tally.balance : tally.balance.plus(amount);
			if (rs.getBoolean("this_year")) {
				int month = rs.getInt("month") - 1;
				if (spent) {
					tally.spent = tally.spent.plus(amount);
					monthSpent[month] = monthSpent[month].plus(amount);
				}
				else {
					FundingSource source = FundingSource.valueOf(flow);
					tally.raised.merge(source, amount, Money::plus);
					tally.contributions += entries;
					monthRaised.get(month).merge(source, amount, Money::plus);
					monthContributions[month] += entries;
				}
			}
		});
		List<Month> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(new Month(i + 1, new Flows(monthRaised.get(i), monthSpent[i], monthContributions[i])));
		}
		List<FundLine> lines = new ArrayList<>();
		Money balance = Money.ZERO;
		if (!byFund.isEmpty()) {
			for (FundSummary fund : this.funds.summaries(wardId, byFund.keySet())) {
				FundTally tally = byFund.get(fund.id());
				lines.add(new FundLine(fund, new Flows(tally.raised, tally.spent, tally.contributions), tally.balance));
				balance = balance.plus(tally.balance);
			}
		}
		lines.sort(Comparator.comparing((FundLine line) -> line.fund().name(), NaturalOrder.comparator()));
		return new LedgerYear(year, months, lines, balance);
	}

	private static List<Month> emptyMonths() {
		List<Month> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(new Month(month, Flows.NONE));
		}
		return months;
	}

	/** One fund's sums while the rows are read. */
	private static final class FundTally {

		private final Map<FundingSource, Money> raised = new EnumMap<>(FundingSource.class);

		private Money spent = Money.ZERO;

		private long contributions;

		private Money balance = Money.ZERO;

	}

}
