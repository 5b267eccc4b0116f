package vn.sochibo.demo;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.CellYears;
import vn.sochibo.report.AnnualReports;
import vn.sochibo.report.CellReport;
import vn.sochibo.report.PartyDocument;
import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.WelfareYear;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2025 report of Chi bộ Khu vực 11 on the demonstration data: every figure in it is
 * the cell's year figure, and those figures equal what the ledger's entries and the
 * registers hold, counted here straight from the records — the four alleys' residents'
 * over 600.000.000 đ, the 88 gift packages, the twelve regular meetings, the households
 * and residents of Khu vực 11.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@ActiveProfiles("demo")
class DemoAnnualReportTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoWards demoWards;

	@Autowired
	Cells cells;

	@Autowired
	CellYears years;

	@Autowired
	AnnualReports reports;

	@Autowired
	vn.sochibo.welfare.WelfareFigures welfare;

	@Test
	void theReportsFiguresEqualTheLedgersTotalsAndTheRegistersCounts() {
		Long wardId = this.jdbc.queryForObject("select id from wards where name = ?", Long.class, DemoData.WARD_NAME);
		CurrentUser secretary = this.demoWards.user(new CurrentUser(null, wardId, "demo", Role.WARD_ADMIN), "bithu");
		CellView cell = this.cells.list(secretary)
			.stream()
			.filter((candidate) -> DemoMembers.KV11_CELL.equals(candidate.name()))
			.findFirst()
			.orElseThrow();
		Long area = cell.areas().get(0).areaId();

		CellReport report = this.reports.cell(secretary, cell.id(), 2025);
		CellYear year = this.years.year(secretary, cell.id(), 2025);
		PartyDocument document = report.document();

		List<Run> runs = document.figureRuns();
		assertThat(runs).hasSizeGreaterThan(30);
		for (Run run : runs) {
			assertThat(run.link()).as(run.figureKey()).isNotNull();
			assertThat(run.explain()).as(run.figureKey()).hasSizeGreaterThan(20);
			year.figure(run.figureKey());
		}

		// The ledger, straight from the entries: money raised in 2025 by entries of Khu
		// vực 11,
		// reversals dated 2025 taken out, goods apart.
		BigDecimal raised = this.jdbc.queryForObject("""
				select coalesce(sum(case when e.kind = 'REVERSAL' then -e.amount else e.amount end), 0)
				  from ledger_entries e left join ledger_entries o on o.id = e.reverses_id
				 where e.ward_id = ? and coalesce(o.area_id, e.area_id) = ?
				   and extract(year from e.entry_date) = 2025
				   and coalesce(o.kind, e.kind) in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
				   and coalesce(o.method, e.method) in ('CASH', 'BANK_TRANSFER')""", BigDecimal.class, wardId, area);
		BigDecimal spent = this.jdbc.queryForObject("""
				select coalesce(sum(case when e.kind = 'REVERSAL' then -e.amount else e.amount end), 0)
				  from ledger_entries e left join ledger_entries o on o.id = e.reverses_id
				 where e.ward_id = ? and coalesce(o.area_id, e.area_id) = ?
				   and extract(year from e.entry_date) = 2025 and coalesce(o.kind, e.kind) = 'EXPENDITURE'""",
				BigDecimal.class, wardId, area);
		assertThat(value(year, "figure.ledger.raised")).isEqualByComparingTo(raised);
		assertThat(value(year, "figure.ledger.spent")).isEqualByComparingTo(spent);
		assertThat(text(document, "figure.ledger.raised")).isEqualTo(prose(raised));

		// The four alleys: the residents gave over 600.000.000 đ to their funds in 2025.
		BigDecimal alleys = this.jdbc.queryForObject("""
				select coalesce(sum(e.amount), 0) from ledger_entries e join projects p on p.fund_id = e.fund_id
				 where p.ward_id = ? and p.kind in ('CONCRETE_PAVING', 'ASPHALT_PAVING')
				   and e.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT') and coalesce(e.contributor_kind, 'HOUSEHOLD')
				       in ('HOUSEHOLD', 'PERSON') and e.method in ('CASH', 'BANK_TRANSFER')
				   and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)""", BigDecimal.class,
				wardId);
		assertThat(alleys).isGreaterThan(new BigDecimal("600000000"));
		assertThat(value(year, "figure.projects.raised.RESIDENTS")).isGreaterThanOrEqualTo(alleys);
		assertThat(document.figureRuns()).extracting(Run::figureKey).contains("figure.projects.raised.RESIDENTS");

		// Welfare: the year's gifts of Khu vực 11, and among them the 88 gift packages.
		Long gifts = this.jdbc.queryForObject("""
				select count(*) from welfare_gifts g join welfare_programs p on p.id = g.program_id
				 where g.ward_id = ? and g.area_id = ? and p.program_year = 2025 and g.cancelled_at is null""",
				Long.class, wardId, area);
		assertThat(value(year, "figure.welfare.gifts")).isEqualByComparingTo(BigDecimal.valueOf(gifts));
		List<Long> packagePrograms = this.jdbc.queryForList("""
				select distinct p.id from welfare_gifts g join welfare_programs p on p.id = g.program_id
				 where p.ward_id = ? and g.cancelled_at is null and g.item = 'GIFT_PACKAGE'
				   and p.occasion in ('TET', 'JULY_27', 'OTHER') and p.source in ('CELL', 'SPONSOR')""", Long.class,
				wardId);
		assertThat(year.welfare()
			.programs()
			.stream()
			.filter((program) -> packagePrograms.contains(program.programId()))
			.mapToLong(WelfareYear.ProgramLine::gifts)
			.sum()).isEqualTo(88);
		assertThat(year.welfare().item(GiftItem.GIFT_PACKAGE).gifts()).isGreaterThanOrEqualTo(88);
		// The area officer's figures know nothing of the programs for the cell's members.
		CurrentUser officer = this.demoWards.user(new CurrentUser(null, wardId, "demo", Role.WARD_ADMIN), "canbo");
		assertThat(this.welfare.year(officer, java.util.Set.of(area), 2025).programs())
			.extracting(WelfareYear.ProgramLine::programId)
			.doesNotContainAnyElementsOf(this.jdbc.queryForList(
					"select id from welfare_programs where ward_id = ? and party_members is not null", Long.class,
					wardId))
			.isNotEmpty();

		// The register and the cell.
		assertThat(value(year, "figure.households.total")).isEqualByComparingTo(BigDecimal
			.valueOf(this.jdbc.queryForObject("select count(*) from households where area_id = ?", Long.class, area)));
		assertThat(value(year, "figure.households.residents")).isEqualByComparingTo(this.jdbc
			.queryForObject("select sum(members) from households where area_id = ?", BigDecimal.class, area));
		assertThat(text(document, "figure.cell.meetings.regular")).isEqualTo("12");
		assertThat(text(document, "figure.cell.members.total")).isEqualTo("35");
		assertThat(text(document, "figure.welfare.lent")).isEqualTo("3,05 tỷ đồng");
	}

	private static BigDecimal value(CellYear year, String key) {
		return new BigDecimal(year.figure(key).value().toString());
	}

	private static String text(PartyDocument document, String key) {
		return document.figureRuns()
			.stream()
			.filter((run) -> key.equals(run.figureKey()))
			.findFirst()
			.orElseThrow()
			.text();
	}

	private static String prose(BigDecimal amount) {
		return vn.sochibo.shared.MoneyFormat.inProse(vn.sochibo.shared.Money.of(amount));
	}

}
