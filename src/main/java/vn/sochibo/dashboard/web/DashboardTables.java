package vn.sochibo.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.ActivityFigures;
import vn.sochibo.dashboard.CellWork;
import vn.sochibo.dashboard.Dashboard;
import vn.sochibo.dashboard.web.DataTable.Chart;
import vn.sochibo.dashboard.web.DataTable.Row;
import vn.sochibo.dashboard.web.DataTable.Series;
import vn.sochibo.dashboard.web.DataTable.Value;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.fund.LedgerYear.FundLine;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.WelfareYear;
import vn.sochibo.welfare.WelfareYear.ItemLine;
import vn.sochibo.welfare.WelfareYear.ProgramLine;

/**
 * The dashboard's tables, each number as its owner's year figure gives it (never counted
 * again here): the page shows them under their charts, and each downloads as CSV.
 */
@Component
class DashboardTables {

	static final String MONEY_BY_MONTH = "tien-theo-thang";

	static final String MONEY_BY_SOURCE = "tien-theo-nguon";

	static final String FUND_TARGETS = "quy-so-voi-muc-tieu";

	/**
	 * The funds against their targets: those that mobilised most in the year, at most
	 * this many.
	 */
	static final int MOST_FUNDS = 25;

	static final String PROJECTS_BY_STATUS = "cong-trinh-theo-trang-thai";

	static final String GIFTS_BY_PROGRAM = "qua-theo-chuong-trinh";

	static final String GIFTS_BY_ITEM = "qua-theo-loai";

	static final String ACTIVITIES_BY_CELL = "hoat-dong-theo-chi-bo";

	static final String ATTENDANCE_BY_CELL = "du-hop-theo-chi-bo";

	static final String FOLLOW_UP_BY_CELL = "kien-nghi-nhiem-vu-theo-chi-bo";

	private final MessageSource messages;

	DashboardTables(MessageSource messages) {
		this.messages = messages;
	}

	/** The tables in the order the page shows them; the cells' only for cell work. */
	List<DataTable> of(Dashboard dashboard, Locale locale) {
		Function<String, String> m = (key) -> message(key, locale, dashboard);
		List<DataTable> tables = new ArrayList<>();
		tables.add(moneyByMonth(dashboard, m));
		tables.add(moneyBySource(dashboard, m));
		tables.add(fundTargets(dashboard, m));
		tables.add(projectsByStatus(dashboard, m));
		tables.add(giftsByProgram(dashboard, m));
		tables.add(giftsByItem(dashboard, m));
		if (dashboard.showsCellWork()) {
			tables.add(activitiesByCell(dashboard, m));
			tables.add(attendanceByCell(dashboard, m));
			tables.add(followUpByCell(dashboard, m));
		}
		return List.copyOf(tables);
	}

	private DataTable moneyByMonth(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.month"), m.apply("dashboard.col.STATE_BUDGET"),
				m.apply("dashboard.col.RESIDENTS"), m.apply("dashboard.col.SPONSORS"), m.apply("dashboard.col.raised"),
				m.apply("dashboard.col.inKind"), m.apply("dashboard.col.spent"), m.apply("dashboard.col.raisedBefore"),
				m.apply("dashboard.col.spentBefore"));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			LedgerYear.Month month = d.ledger().months().get(i);
			Flows before = d.previousLedger().months().get(i).flows();
			rows.add(new Row(message("dashboard.month." + month.month(), null), monthValues(month.flows(), before),
					false));
		}
		rows.add(new Row(m.apply("dashboard.row.year"), monthValues(d.ledger().total(), d.previousLedger().total()),
				true));
		return new DataTable(MONEY_BY_MONTH, m.apply("dashboard.table.moneyByMonth"),
				m.apply("dashboard.table.moneyByMonth.note"), headers, rows,
				new Chart(true, false,
						List.of(Series.stacked(0, "raised"), Series.stacked(1, "raised"), Series.stacked(2, "raised"),
								Series.stacked(5, "spent"), Series.previous(6), Series.previous(7))));
	}

	private static List<Value> monthValues(Flows flows, Flows before) {
		return List.of(Value.money(flows.of(FundingSource.STATE_BUDGET)),
				Value.money(flows.of(FundingSource.RESIDENTS)), Value.money(flows.of(FundingSource.SPONSORS)),
				Value.money(flows.raised()), Value.money(flows.inKind()), Value.money(flows.spent()),
				Value.money(before.raised()), Value.money(before.spent()));
	}

	private DataTable moneyBySource(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.source"), m.apply("dashboard.col.thisYear"),
				m.apply("dashboard.col.yearBefore"));
		Flows now = d.ledger().total();
		Flows before = d.previousLedger().total();
		List<Row> rows = new ArrayList<>();
		for (FundingSource source : Flows.MONEY_SOURCES) {
			rows.add(new Row(m.apply("figure.ledger.raised." + source.name()),
					List.of(Value.money(now.of(source)), Value.money(before.of(source))), false));
		}
		rows.add(new Row(m.apply("figure.ledger.raised"),
				List.of(Value.money(now.raised()), Value.money(before.raised())), true));
		rows.add(new Row(m.apply("figure.ledger.inKind"),
				List.of(Value.money(now.inKind()), Value.money(before.inKind())), false));
		rows.add(new Row(m.apply("figure.ledger.spent"), List.of(Value.money(now.spent()), Value.money(before.spent())),
				false));
		rows.add(new Row(m.apply("figure.ledger.balanceAtEnd"),
				List.of(Value.money(d.ledger().balanceAtEnd()), Value.money(d.previousLedger().balanceAtEnd())), true));
		return new DataTable(MONEY_BY_SOURCE, m.apply("dashboard.table.moneyBySource"),
				m.apply("dashboard.table.moneyBySource.note"), headers, rows,
				new Chart(false, false, List.of(Series.bar(0), Series.bar(1))));
	}

	private DataTable fundTargets(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.fund"), m.apply("dashboard.col.target"),
				m.apply("dashboard.col.mobilized"), m.apply("dashboard.col.progress"),
				m.apply("dashboard.col.mobilizedInYear"));
		List<Row> rows = new ArrayList<>();
		List<FundLine> funds = d.ledger()
			.activeFunds()
			.stream()
			.filter((line) -> line.fund().hasTarget())
			.sorted(java.util.Comparator.comparing((FundLine line) -> line.year().mobilized()).reversed())
			.limit(MOST_FUNDS)
			.toList();
		for (FundLine line : funds) {
			FundSummary fund = line.fund();
			if (fund.hasTarget()) {
				rows.add(
						new Row(fund.name(),
								List.of(Value.money(fund.target()), Value.money(fund.mobilized()),
										Value.percent(fund.progressPercent()), Value.money(line.year().mobilized())),
								false));
			}
		}
		return new DataTable(FUND_TARGETS, m.apply("dashboard.table.fundTargets"),
				m.apply("dashboard.table.fundTargets.note"), headers, rows,
				new Chart(false, true, List.of(Series.bar(0), Series.bar(1))));
	}

	private DataTable projectsByStatus(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.status"), m.apply("dashboard.col.projects"));
		List<Row> rows = new ArrayList<>();
		d.projects()
			.byStatus()
			.forEach((status, count) -> rows
				.add(new Row(m.apply("projectStatus." + status.name()), List.of(Value.count(count)), false)));
		rows.add(new Row(m.apply("dashboard.row.total"), List.of(Value.count(d.projects().projects().size())), true));
		return new DataTable(PROJECTS_BY_STATUS, m.apply("dashboard.table.projectsByStatus"),
				m.apply("dashboard.table.projectsByStatus.note"), headers, rows,
				new Chart(false, false, List.of(Series.bar(0))));
	}

	private DataTable giftsByProgram(Dashboard d, Function<String, String> m) {
		WelfareYear welfare = d.welfare();
		List<String> headers = List.of(m.apply("dashboard.col.program"), m.apply("dashboard.col.gifts"),
				m.apply("dashboard.col.households"), m.apply("dashboard.col.value"));
		List<Row> rows = new ArrayList<>();
		for (ProgramLine program : welfare.programs()) {
			rows.add(new Row(program.name(), List.of(Value.count(program.gifts()), Value.count(program.households()),
					Value.money(program.value())), false));
		}
		rows.add(new Row(m.apply("dashboard.row.total"),
				List.of(Value.count(welfare.gifts()), Value.count(welfare.households()), Value.money(welfare.value())),
				true));
		return new DataTable(GIFTS_BY_PROGRAM, m.apply("dashboard.table.giftsByProgram"),
				m.apply("dashboard.table.giftsByProgram.note"), headers, rows,
				new Chart(false, true, List.of(Series.bar(0), Series.second(2))));
	}

	private DataTable giftsByItem(Dashboard d, Function<String, String> m) {
		WelfareYear welfare = d.welfare();
		List<String> headers = List.of(m.apply("dashboard.col.item"), m.apply("dashboard.col.gifts"),
				m.apply("dashboard.col.value"));
		List<Row> rows = new ArrayList<>();
		for (GiftItem item : GiftItem.values()) {
			ItemLine line = welfare.item(item);
			if (line.gifts() > 0) {
				rows.add(new Row(m.apply("giftItem." + item.name()),
						List.of(Value.count(line.gifts()), Value.money(line.value())), false));
			}
		}
		rows.add(new Row(m.apply("dashboard.row.total"),
				List.of(Value.count(welfare.gifts()), Value.money(welfare.value())), true));
		return new DataTable(GIFTS_BY_ITEM, m.apply("dashboard.table.giftsByItem"),
				m.apply("dashboard.table.giftsByItem.note"), headers, rows,
				new Chart(false, true, List.of(Series.bar(0), Series.second(1))));
	}

	private DataTable activitiesByCell(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.cell"), m.apply("dashboard.col.activities"),
				m.apply("dashboard.col.people"), m.apply("dashboard.col.participations"),
				m.apply("dashboard.col.memberPeople"), m.apply("dashboard.col.memberParticipations"));
		List<Row> rows = new ArrayList<>();
		for (CellWork cell : d.cells()) {
			ActivityFigures total = cell.activities().total();
			rows.add(new Row(cell.cell().name(),
					List.of(Value.count(total.activities()),
							Value.atLeast(total.total().people(), total.residentsAtLeast()),
							Value.count(total.total().participations()), Value.count(total.members().people()),
							Value.count(total.members().participations())),
					false));
		}
		return new DataTable(ACTIVITIES_BY_CELL, m.apply("dashboard.table.activitiesByCell"),
				m.apply("dashboard.table.activitiesByCell.note"), headers, rows,
				new Chart(false, false, List.of(Series.bar(1), Series.bar(2))));
	}

	private DataTable attendanceByCell(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.cell"), m.apply("dashboard.col.regular"),
				m.apply("dashboard.col.thematic"), m.apply("dashboard.col.missing"), m.apply("dashboard.col.rate"));
		List<Row> rows = new ArrayList<>();
		for (CellWork cell : d.cells()) {
			rows.add(new Row(cell.cell().name(),
					List.of(Value.count(cell.meetings().regularCount()), Value.count(cell.meetings().thematicCount()),
							Value.count(cell.meetings().missingCount()), Value.percent(cell.meetings().total().rate())),
					false));
		}
		return new DataTable(ATTENDANCE_BY_CELL, m.apply("dashboard.table.attendanceByCell"),
				m.apply("dashboard.table.attendanceByCell.note"), headers, rows,
				new Chart(false, false, List.of(Series.bar(3))));
	}

	private DataTable followUpByCell(Dashboard d, Function<String, String> m) {
		List<String> headers = List.of(m.apply("dashboard.col.cell"), m.apply("dashboard.col.recommendationsOpen"),
				m.apply("dashboard.col.recommendationsOverdue"), m.apply("dashboard.col.tasksOpen"),
				m.apply("dashboard.col.tasksOverdue"));
		List<Row> rows = new ArrayList<>();
		for (CellWork cell : d.cells()) {
			rows.add(new Row(cell.cell().name(),
					List.of(Value.count(cell.visits().open()), Value.count(cell.visits().overdue()),
							Value.count(cell.meetings().openTasks()), Value.count(cell.meetings().overdueTasks())),
					false));
		}
		return new DataTable(FOLLOW_UP_BY_CELL, m.apply("dashboard.table.followUpByCell"),
				m.apply("dashboard.table.followUpByCell.note"), headers, rows,
				new Chart(false, false, List.of(Series.bar(0), Series.bar(1), Series.bar(2), Series.bar(3))));
	}

	/**
	 * The chart's data for the page's script: the rows' labels (total rows left out),
	 * each series with its header, its numbers, its kind and style.
	 */
	static String chartJson(DataTable table) {
		List<Row> rows = table.rows().stream().filter((row) -> !row.total()).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("stacked", table.chart().stacked());
		chart.put("horizontal", table.chart().horizontal());
		chart.put("labels", rows.stream().map(Row::label).toList());
		List<Map<String, Object>> series = new ArrayList<>();
		for (Series s : table.chart().series()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("label", table.headers().get(s.column() + 1));
			one.put("data", rows.stream().map((row) -> row.values().get(s.column()).number()).toList());
			one.put("unit", rows.isEmpty() ? "COUNT" : rows.get(0).values().get(s.column()).kind().name());
			one.put("line", s.line());
			one.put("stack", s.stack());
			one.put("dashed", s.dashed());
			one.put("secondAxis", s.secondAxis());
			series.add(one);
		}
		chart.put("series", series);
		return JsonMapper.shared().writeValueAsString(chart);
	}

	private String message(String key, Locale locale, Dashboard d) {
		return this.messages.getMessage(key,
				new Object[] { String.valueOf(d.year()), String.valueOf(d.previousYear()) },
				(locale != null) ? locale : vn.sochibo.shared.VietnameseText.LOCALE);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, (locale != null) ? locale : vn.sochibo.shared.VietnameseText.LOCALE);
	}

}
