package vn.sochibo.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.cellwork.AttendanceFigures;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.CellYears;
import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.report.PartyDocument.Align;
import vn.sochibo.report.PartyDocument.Block;
import vn.sochibo.report.PartyDocument.Heading;
import vn.sochibo.report.PartyDocument.Paragraph;
import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.report.PartyDocument.Signature;
import vn.sochibo.report.PartyDocument.Style;
import vn.sochibo.report.PartyDocument.Table;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Figure.Unit;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * The ward Party committee's summary of a year: every cell's key figures side by side
 * (the same year figures as each cell's report) with the totals, and the ward's whole
 * ledger (entries without an area included), as a Party document issued by the ward
 * committee. Only for those who read every cell of the ward (the ward admin, the
 * inspector); costs one cell's year per cell.
 */
@Service
public class WardSummaries {

	private final Cells cells;

	private final CellAccess access;

	private final CellYears years;

	private final LedgerFigures ledger;

	private final Wards wards;

	private final Sentences sentences;

	private final AnnualReports reports;

	private final Clock clock;

	WardSummaries(Cells cells, CellAccess access, CellYears years, LedgerFigures ledger, Wards wards,
			Sentences sentences, AnnualReports reports, Clock clock) {
		this.cells = cells;
		this.access = access;
		this.years = years;
		this.ledger = ledger;
		this.wards = wards;
		this.sentences = sentences;
		this.reports = reports;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PartyDocument year(CurrentUser user, int year) {
		user.require(Action.READ_CELL_WORK);
		if (!this.years.shows(year)) {
			throw new ReportNotFoundException(null, year);
		}
		Predicate<Long> readable = this.access.reach(user, Action.READ_CELL_WORK);
		List<CellView> all = this.cells.list(user);
		if (!all.stream().allMatch((cell) -> readable.test(cell.id()))) {
			throw new OutOfScopeException("ward summary");
		}
		List<CellYear> cellYears = new ArrayList<>();
		for (CellView cell : all) {
			if (this.reports.coversYear(cell, year)) {
				cellYears.add(this.years.year(user, cell.id(), year));
			}
		}
		LedgerYear wardLedger = this.ledger.wardYear(user, year);
		WardView ward = this.wards.current(user);
		List<Block> body = new ArrayList<>();
		body.add(new Heading(1, text("report.section.I"), text("report.heading.cells")));
		body.add(partyTable(cellYears));
		body.add(welfareTable(cellYears));
		body.add(new Heading(1, text("report.section.II"), text("report.heading.wardTotals")));
		LedgerYear.Flows total = wardLedger.total();
		body.add(new Paragraph(Style.BODY,
				this.sentences.runs("report.sentence.funds", money("figure.ledger.raised", total.raised()),
						money("figure.ledger.raised.STATE_BUDGET",
								total.of(vn.sochibo.fund.FundingSource.STATE_BUDGET)),
						money("figure.ledger.raised.RESIDENTS", total.of(vn.sochibo.fund.FundingSource.RESIDENTS)),
						money("figure.ledger.raised.SPONSORS", total.of(vn.sochibo.fund.FundingSource.SPONSORS)),
						money("figure.ledger.inKind", total.inKind()), money("figure.ledger.spent", total.spent()),
						money("figure.ledger.balanceAtEnd", wardLedger.balanceAtEnd()))));
		String issuer = this.sentences.text("report.issuer.ward");
		String placeAndDate = this.sentences.text("report.placeDate", ward.placeName(),
				VietnameseDates.inDocument(LocalDate.now(this.clock)));
		String committee = ward.superiorBody().toUpperCase(VietnameseText.LOCALE).replace("ĐẢNG BỘ", "ĐẢNG ỦY");
		return new PartyDocument(
				ward.province()
					.toUpperCase(VietnameseText.LOCALE)
					.replace("THÀNH PHỐ", "ĐẢNG BỘ THÀNH PHỐ")
					.replace("TỈNH", "ĐẢNG BỘ TỈNH"),
				committee, this.sentences.text("report.number.draft", issuer), placeAndDate,
				text("report.type").toUpperCase(VietnameseText.LOCALE),
				this.sentences.text("report.summary.ward", year), body,
				new Signature(text("report.onBehalf.ward"), text("report.position.ward"), ""),
				List.of(this.sentences.text("report.recipients.default.ward").split("\\R")),
				this.sentences.text("report.footer.draft", VietnameseDates.format(LocalDate.now(this.clock))));
	}

	private Table partyTable(List<CellYear> cellYears) {
		List<List<Run>> rows = new ArrayList<>();
		long[] sums = new long[4];
		long present = 0;
		long due = 0;
		for (CellYear year : cellYears) {
			AttendanceFigures attendance = year.meetings().total();
			present += attendance.present();
			due += attendance.due();
			rows.add(List.of(Run.text(year.cell().name()), cell(year, "figure.cell.members.total", sums, 0),
					cell(year, "figure.cell.members.admitted", sums, 1),
					cell(year, "figure.cell.meetings.regular", sums, 2),
					this.sentences.cell(year.figure("figure.cell.meetings.attendanceRate")),
					cell(year, "figure.cell.activities.count", sums, 3)));
		}
		BigDecimal rate = (due == 0) ? null
				: BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(due), 1, java.math.RoundingMode.HALF_UP);
		rows.add(List.of(Run.bold(text("report.table.total")), total(sums[0]), total(sums[1]), total(sums[2]),
				Run.bold(FigureText.percent(rate)), total(sums[3])));
		return new Table(
				List.of(text("report.table.cell"), text("figure.cell.members.total"),
						text("figure.cell.members.admitted"), text("figure.cell.meetings.regular"),
						text("figure.cell.meetings.attendanceRate"), text("figure.cell.activities.count")),
				rows, List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), true);
	}

	private Table welfareTable(List<CellYear> cellYears) {
		List<List<Run>> rows = new ArrayList<>();
		long[] sums = new long[2];
		Money[] money = { Money.ZERO, Money.ZERO, Money.ZERO };
		for (CellYear year : cellYears) {
			money[0] = money[0].plus(year.welfare().value());
			money[1] = money[1].plus(year.ledger().total().raised());
			money[2] = money[2].plus(year.ledger().total().spent());
			rows.add(List.of(Run.text(year.cell().name()), cell(year, "figure.households.total", sums, 0),
					cell(year, "figure.welfare.gifts", sums, 1),
					this.sentences.cell(year.figure("figure.welfare.value")),
					this.sentences.cell(year.figure("figure.ledger.raised")),
					this.sentences.cell(year.figure("figure.ledger.spent"))));
		}
		rows.add(List.of(Run.bold(text("report.table.total")), total(sums[0]), total(sums[1]), totalMoney(money[0]),
				totalMoney(money[1]), totalMoney(money[2])));
		return new Table(
				List.of(text("report.table.cell"), text("figure.households.total"), text("figure.welfare.gifts"),
						text("figure.welfare.value"), text("figure.ledger.raised"), text("figure.ledger.spent")),
				rows, List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), true);
	}

	private Run cell(CellYear year, String key, long[] sums, int index) {
		Figure figure = year.figure(key);
		sums[index] += figure.value().longValue();
		return this.sentences.cell(figure);
	}

	private static Run total(long value) {
		return Run.bold(vn.sochibo.shared.MoneyFormat.group(BigDecimal.valueOf(value)));
	}

	private static Run totalMoney(Money value) {
		return Run.bold(vn.sochibo.shared.MoneyFormat.format(value));
	}

	private static Figure money(String key, Money amount) {
		return new Figure(key, amount.amount(), Unit.MONEY, "/funds");
	}

	private String text(String key, Object... args) {
		return this.sentences.text(key, args);
	}

}
