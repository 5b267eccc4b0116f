package vn.sochibo.report;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.ward.CellNotFoundException;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.report.PartyDocument.Paragraph;
import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.Wards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A cell's annual report: its figures are the cell's year figures, the secretary's text
 * is kept as typed, a draft is saved with optimistic locking, marking it final freezes a
 * numbered edition with its figures, the fund heads and their SHA-256 that later records
 * never change, a new edition needs a reason and keeps the old one; bad years, other
 * cells and bad text are refused with nothing written.
 */
@IntegrationTest
class AnnualReportsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportRendering rendering;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Wards wardSettings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	HouseholdDetail household;

	int year;

	@BeforeEach
	void build() {
		this.ward = this.wards.newWard();
		this.year = LocalDate.now(this.clock).getYear();
		this.members.member(this.ward, this.ward.cellA(), "Nguyễn Văn Ba");
		this.household = this.wards.household(this.ward, this.ward.areaA(), "Trần Thị Hoa");
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo", null,
				null, LocalDate.of(this.year, 1, 1), null, Set.of(this.ward.areaA().id())));
		give(1_500_000);
	}

	@Test
	void theReportsFiguresAreTheCellsYearFiguresWithTheSecretarysTextAsTyped() {
		this.reports.save(this.ward.secretary(), this.ward.cellA().id(), this.year,
				text(ReportSection.STRENGTHS, "Đoàn kết <script>alert(1)</script> & thống nhất.\n- Ý thứ hai"), null);

		CellReport report = this.reports.cell(this.ward.secretary(), this.ward.cellA().id(), this.year);

		PartyDocument document = report.document();
		assertThat(document.issuingBody()).isEqualTo("CHI BỘ A");
		assertThat(document.number()).isEqualTo("Số      -BC/CB");
		assertThat(document.summary()).isEqualTo("Tổng kết công tác năm " + this.year);
		assertThat(figure(document, "figure.ledger.raised").text()).isEqualTo("1,5 triệu đồng");
		assertThat(figure(document, "figure.ledger.raised").link()).isEqualTo("/funds");
		assertThat(figure(document, "figure.ledger.raised").explain()).startsWith("Tiền mặt và chuyển khoản");
		assertThat(figure(document, "figure.cell.members.total").text()).isEqualTo("1");
		assertThat(figure(document, "figure.households.total").text()).isEqualTo("1");
		assertThat(document.body()).filteredOn(Paragraph.class::isInstance)
			.map((block) -> ((Paragraph) block).text())
			.contains("Đoàn kết <script>alert(1)</script> & thống nhất.", "Ý thứ hai");
		assertThat(document.signature().name()).isEqualTo("Bí thư A");
		assertThat(document.recipients()).last().isEqualTo("Lưu Chi bộ.");
		assertThat(document.footer()).startsWith("Dự thảo");
	}

	@Test
	void markedFinalItIsNumberedAndFrozenAndLaterRecordsNeverChangeIt() throws Exception {
		Long cell = this.ward.cellA().id();
		this.reports.save(this.ward.secretary(), cell, this.year, text(ReportSection.STRENGTHS, "Đoàn kết."), null);

		FrozenEdition first = this.reports.markFinal(this.ward.secretary(), cell, this.year, null);

		assertThat(first.edition()).isEqualTo(1);
		assertThat(first.document().number()).isEqualTo("Số 01-BC/CB");
		assertThat(first.intact()).isTrue();
		assertThat(first.heads()).singleElement()
			.satisfies((head) -> assertThat(head.head())
				.isEqualTo(this.funds.get(this.ward.admin(), this.fund.id()).headHash()));
		assertThat(first.figures()).containsEntry("figure.ledger.raised", "1500000");

		give(2_000_000);
		FrozenEdition stored = this.reports.edition(this.ward.inspector(), cell, this.year, 1);
		assertThat(stored.intact()).isTrue();
		assertThat(stored.sha256()).isEqualTo(first.sha256());
		assertThat(figure(stored.document(), "figure.ledger.raised").text()).isEqualTo("1,5 triệu đồng");
		assertThat(stored.document().footer()).contains(first.sha256()).contains("Quỹ Vì người nghèo");
		assertThat(figure(this.reports.cell(this.ward.secretary(), cell, this.year).document(), "figure.ledger.raised")
			.text()).isEqualTo("3,5 triệu đồng");

		assertThat(new String(this.rendering.pdf(stored.document()), 0, 5)).isEqualTo("%PDF-");
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(this.rendering.docx(stored.document())))) {
			assertThat(word.getParagraphs()).anyMatch((p) -> p.getText().contains("1,5 triệu đồng"));
		}
	}

	@Test
	void aNewEditionNeedsAReasonAndKeepsTheOldOneAndItsNumber() {
		Long cell = this.ward.cellA().id();
		this.reports.save(this.ward.secretary(), cell, this.year, text(ReportSection.STRENGTHS, "Đoàn kết."), null);
		FrozenEdition first = this.reports.markFinal(this.ward.secretary(), cell, this.year, null);
		give(2_000_000);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.reports.markFinal(this.ward.secretary(), cell, this.year, "  "))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("report.final.reason.required"));
		assertThat(editions(cell)).isEqualTo(1);

		FrozenEdition second = this.reports.markFinal(this.ward.secretary(), cell, this.year,
				"Bổ sung khoản đóng góp ghi sổ muộn");
		assertThat(second.edition()).isEqualTo(2);
		assertThat(second.document().number()).isEqualTo("Số 01-BC/CB");
		assertThat(second.sha256()).isNotEqualTo(first.sha256());
		assertThat(this.reports.edition(this.ward.secretary(), cell, this.year, 1).sha256()).isEqualTo(first.sha256());
		assertThat(editions(cell)).isEqualTo(2);
	}

	@Test
	void reportsAreNumberedPerCellFromTheStartOfTheTerm() {
		Long cell = this.ward.cellA().id();
		for (int y : new int[] { this.year - 1, this.year }) {
			this.reports.save(this.ward.secretary(), cell, y, text(ReportSection.STRENGTHS, "Đoàn kết."), null);
		}
		assertThat(this.reports.markFinal(this.ward.secretary(), cell, this.year - 1, null).document().number())
			.isEqualTo("Số 01-BC/CB");
		assertThat(this.reports.markFinal(this.ward.secretary(), cell, this.year, null).document().number())
			.isEqualTo("Số 02-BC/CB");
		this.reports.save(this.ward.admin(), this.ward.cellB().id(), this.year, text(ReportSection.STRENGTHS, "Tốt."),
				null);
		assertThat(
				this.reports.markFinal(this.ward.admin(), this.ward.cellB().id(), this.year, null).document().number())
			.isEqualTo("Số 01-BC/CB");
	}

	@Test
	void aNewTermStartsTheNumbersAgainAndATermCannotStartInTheFuture() {
		Long cell = this.ward.cellA().id();
		this.reports.save(this.ward.secretary(), cell, this.year - 1, text(ReportSection.STRENGTHS, "Tốt."), null);
		this.reports.markFinal(this.ward.secretary(), cell, this.year - 1, null);
		// That report was issued in the last term.
		this.jdbc.update("update annual_reports set issued_on = ? where cell_id = ? and year = ?",
				LocalDate.now(this.clock).minusYears(1), cell, this.year - 1);
		var settings = this.wardSettings.current(this.ward.admin());
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.wardSettings
			.startPartyTerm(this.ward.admin(), LocalDate.now(this.clock).plusDays(1), settings.version()));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.wardSettings
			.startPartyTerm(this.ward.secretary(), LocalDate.now(this.clock), settings.version()));
		this.wardSettings.startPartyTerm(this.ward.admin(), LocalDate.now(this.clock).minusMonths(1),
				settings.version());
		this.reports.save(this.ward.secretary(), cell, this.year, text(ReportSection.STRENGTHS, "Tốt."), null);
		// Issued today, within the new term: numbered from 01 again.
		assertThat(this.reports.markFinal(this.ward.secretary(), cell, this.year, null).document().number())
			.isEqualTo("Số 01-BC/CB");
	}

	@Test
	void badYearsOtherCellsStaleEditsAndLongTextsAreRefusedWithNothingWritten() {
		Long cell = this.ward.cellA().id();
		assertThatExceptionOfType(ReportNotFoundException.class)
			.isThrownBy(() -> this.reports.cell(this.ward.secretary(), cell, this.year + 1));
		assertThatExceptionOfType(ReportNotFoundException.class)
			.isThrownBy(() -> this.reports.cell(this.ward.secretary(), cell, 2019));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.reports.cell(this.ward.secretary(), this.ward.cellB().id(), this.year));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.reports.cell(this.ward.officer(), cell, this.year));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.reports.save(this.ward.inspector(),
				cell, this.year, text(ReportSection.STRENGTHS, "x"), null));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.reports.markFinal(this.ward.secretary(), cell, this.year, null));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.reports
			.save(this.ward.secretary(), cell, this.year, text(ReportSection.CAUSES, "x".repeat(8001)), null));
		assertThat(reportRows(cell)).isZero();

		this.reports.save(this.ward.secretary(), cell, this.year, text(ReportSection.CAUSES, "Lần đầu"), null);
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.reports.save(this.ward.secretary(),
				cell, this.year, text(ReportSection.CAUSES, "Ghi đè"), null));
		assertThat(this.reports.cell(this.ward.secretary(), cell, this.year).text().sections())
			.containsEntry(ReportSection.CAUSES, "Lần đầu");
	}

	private void give(long amount) {
		this.ledger.contribute(this.ward.admin(),
				new Contribution(this.fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH, Money.of(amount), null,
						this.household.id(), null, null, DisplayChoice.ANONYMOUS, "bà", null));
	}

	private static ReportText text(ReportSection section, String body) {
		Map<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
		sections.put(section, body);
		return new ReportText(sections, "Đảng ủy phường;\nLưu Chi bộ.", null);
	}

	private static Run figure(PartyDocument document, String key) {
		return document.figureRuns()
			.stream()
			.filter((run) -> key.equals(run.figureKey()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + key));
	}

	private int editions(Long cellId) {
		return this.jdbc.queryForObject(
				"select count(*) from annual_report_editions e join annual_reports r on r.id = e.report_id where r.cell_id = ?",
				Integer.class, cellId);
	}

	private int reportRows(Long cellId) {
		return this.jdbc.queryForObject("select count(*) from annual_reports where cell_id = ?", Integer.class, cellId);
	}

}
