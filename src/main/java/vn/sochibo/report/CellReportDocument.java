package vn.sochibo.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.MemberLevels;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.RatingView;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.project.ProjectYear;
import vn.sochibo.report.PartyDocument.Align;
import vn.sochibo.report.PartyDocument.Block;
import vn.sochibo.report.PartyDocument.Chart;
import vn.sochibo.report.PartyDocument.Heading;
import vn.sochibo.report.PartyDocument.Paragraph;
import vn.sochibo.report.PartyDocument.Run;
import vn.sochibo.report.PartyDocument.Series;
import vn.sochibo.report.PartyDocument.Style;
import vn.sochibo.report.PartyDocument.Table;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.welfare.WelfareYear;

/**
 * The body of a cell's year-end report, in the sections of DOMAIN.md: each computed part
 * is a sentence (or a table) whose numbers are the cell's year figures
 * ({@link CellYear#figure}), followed by what the secretary wrote for that section.
 */
@Component
class CellReportDocument {

	private final Sentences sentences;

	CellReportDocument(Sentences sentences) {
		this.sentences = sentences;
	}

	List<Block> body(CellYear year, Map<ReportSection, String> texts) {
		Body body = new Body(texts);
		Function<String, Figure> f = year::figure;
		body.heading(1, "report.section.I", "report.heading.situation");
		body.sentence("report.sentence.area", year.cell().name(), areaNames(year), f.apply("figure.households.total"),
				f.apply("figure.households.residents"));
		body.sentence("report.sentence.statuses", year.year(), f.apply("figure.households.status.POOR"),
				f.apply("figure.households.status.NEAR_POOR"), f.apply("figure.households.status.POLICY_FAMILY"),
				f.apply("figure.households.status.AGENT_ORANGE"), f.apply("figure.households.status.ELDERLY_ALONE"));
		body.sentence("report.sentence.members", f.apply("figure.cell.members.total"),
				f.apply("figure.cell.members.full"), f.apply("figure.cell.members.probationary"),
				f.apply("figure.cell.members.women"), f.apply("figure.cell.members.exempt"));
		body.narrative(ReportSection.SITUATION);

		body.heading(1, "report.section.II", "report.heading.results");
		body.numbered(2, "1.", "report.heading.welfare");
		welfare(body, year, f);
		body.narrative(ReportSection.WELFARE);
		body.numbered(2, "2.", "report.heading.funds");
		funds(body, year.ledger(), f);
		body.narrative(ReportSection.FUNDS);
		body.numbered(2, "3.", "report.heading.works");
		works(body, year.projects(), f);
		body.narrative(ReportSection.WORKS);
		body.numbered(2, "4.", "report.heading.culture");
		activities(body, year, f);
		body.narrative(ReportSection.CULTURE);
		body.numbered(2, "5.", "report.heading.security");
		body.narrative(ReportSection.SECURITY);
		body.numbered(2, "6.", "report.heading.democracy");
		body.narrative(ReportSection.DEMOCRACY);

		body.heading(1, "report.section.III", "report.heading.party");
		body.sentence("report.sentence.meetings", f.apply("figure.cell.meetings.regular"),
				f.apply("figure.cell.meetings.thematic"), f.apply("figure.cell.meetings.attendanceRate"));
		if (year.meetings().missingCount() > 0) {
			body.sentence("report.sentence.meetings.missing", f.apply("figure.cell.meetings.missing"));
		}
		body.sentence("report.sentence.admitted", f.apply("figure.cell.members.admitted"));
		body.sentence("report.sentence.tasks", f.apply("figure.cell.tasks.open"), f.apply("figure.cell.tasks.overdue"));
		body.sentence("report.sentence.visits", f.apply("figure.cell.visits.count"),
				f.apply("figure.cell.recommendations.count"), f.apply("figure.cell.recommendations.open"),
				f.apply("figure.cell.recommendations.overdue"));
		if (!year.twinnings().isEmpty()) {
			body.sentence("report.sentence.twinnings", f.apply("figure.cell.twinnings.inForce"));
		}
		body.narrative(ReportSection.PARTY_BUILDING);

		body.heading(1, "report.section.IV", "report.heading.front");
		body.narrative(ReportSection.FRONT);

		body.heading(1, "report.section.V", "report.heading.assessment");
		body.numbered(2, "1.", "report.heading.strengths");
		body.narrative(ReportSection.STRENGTHS);
		body.numbered(2, "2.", "report.heading.limitations");
		body.narrative(ReportSection.LIMITATIONS);
		body.numbered(2, "3.", "report.heading.causes");
		body.narrative(ReportSection.CAUSES);

		body.blocks.add(new Heading(1, text("report.section.VI"), text("report.heading.directions", year.year() + 1)));
		body.narrative(ReportSection.DIRECTIONS);
		body.heading(1, "report.section.VII", "report.heading.proposals");
		body.narrative(ReportSection.PROPOSALS);
		body.heading(1, "report.section.VIII", "report.heading.selfRating");
		selfRating(body, year);
		body.narrative(ReportSection.SELF_RATING);
		return body.blocks;
	}

	private void welfare(Body body, CellYear year, Function<String, Figure> f) {
		WelfareYear welfare = year.welfare();
		if (welfare.gifts() == 0) {
			body.sentence("report.sentence.welfare.none");
		}
		else {
			body.sentence("report.sentence.welfare", f.apply("figure.welfare.gifts"),
					f.apply("figure.welfare.households"), f.apply("figure.welfare.value"));
			List<List<Run>> rows = new ArrayList<>();
			for (WelfareYear.ProgramLine program : welfare.programs()) {
				String link = "/welfare/programs/" + program.programId();
				rows.add(List.of(Run.text(program.name()), number(program.gifts(), link),
						number(program.households(), link), money(program.value(), link)));
			}
			rows.add(List.of(Run.bold(text("report.table.total")), this.sentences.cell(f.apply("figure.welfare.gifts")),
					this.sentences.cell(f.apply("figure.welfare.households")),
					this.sentences.cell(f.apply("figure.welfare.value"))));
			body.blocks.add(new Table(
					List.of(text("report.table.program"), text("report.table.gifts"), text("report.table.households"),
							text("report.table.value")),
					rows, List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT), true));
		}
		if (welfare.referrals() > 0) {
			body.sentence("report.sentence.loans", f.apply("figure.welfare.referrals"),
					f.apply("figure.welfare.approvedReferrals"), f.apply("figure.welfare.lent"));
		}
	}

	private void funds(Body body, LedgerYear ledger, Function<String, Figure> f) {
		if (ledger.activeFunds().isEmpty()) {
			body.sentence("report.sentence.funds.none");
			return;
		}
		body.sentence("report.sentence.funds", f.apply("figure.ledger.raised"),
				f.apply("figure.ledger.raised.STATE_BUDGET"), f.apply("figure.ledger.raised.RESIDENTS"),
				f.apply("figure.ledger.raised.SPONSORS"), f.apply("figure.ledger.inKind"),
				f.apply("figure.ledger.spent"), f.apply("figure.ledger.balanceAtEnd"));
		List<List<Run>> rows = new ArrayList<>();
		for (LedgerYear.FundLine line : ledger.activeFunds()) {
			String link = "/funds/" + line.fund().id();
			rows.add(List.of(Run.text(line.fund().name()), money(line.year().raised(), link),
					money(line.year().inKind(), link), money(line.year().spent(), link),
					money(line.balanceAtEnd(), link)));
		}
		rows.add(List.of(Run.bold(text("report.table.total")), this.sentences.cell(f.apply("figure.ledger.raised")),
				this.sentences.cell(f.apply("figure.ledger.inKind")),
				this.sentences.cell(f.apply("figure.ledger.spent")),
				this.sentences.cell(f.apply("figure.ledger.balanceAtEnd"))));
		body.blocks.add(new Table(
				List.of(text("report.table.fund"), text("report.table.raised"), text("report.table.inKind"),
						text("report.table.spent"), text("report.table.balance")),
				rows, List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), true));
		body.blocks.add(chart(ledger));
	}

	/** Money by month and by source: the chart the PDF and the Word file draw. */
	Chart chart(LedgerYear ledger) {
		List<String> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add("T" + month);
		}
		List<Series> series = new ArrayList<>();
		for (FundingSource source : FundingSource.values()) {
			List<Long> values = ledger.months()
				.stream()
				.map((month) -> month.flows().of(source).amount().longValueExact())
				.toList();
			series.add(new Series(text("project.source." + source.name()), values));
		}
		return new Chart(text("report.sentence.chart", ledger.year()), months, series, "đồng");
	}

	private void works(Body body, ProjectYear projects, Function<String, Figure> f) {
		if (projects.projects().isEmpty()) {
			body.sentence("report.sentence.works.none");
			return;
		}
		body.sentence("report.sentence.works", f.apply("figure.projects.count"),
				f.apply("figure.projects.raised.RESIDENTS"), f.apply("figure.projects.raised.STATE_BUDGET"),
				f.apply("figure.projects.raised.SPONSORS"), f.apply("figure.projects.raised.IN_KIND"));
		List<List<Run>> rows = new ArrayList<>();
		Flows total = projects.raised();
		for (ProjectYear.Line line : projects.projects()) {
			String link = "/projects/" + line.id();
			rows.add(List.of(Run.text(line.name()), Run.text(text("projectStatus." + line.status().name())),
					money(line.raised().of(FundingSource.STATE_BUDGET), link),
					money(line.raised().of(FundingSource.RESIDENTS), link),
					money(line.raised().of(FundingSource.SPONSORS), link),
					money(line.raised().of(FundingSource.IN_KIND), link)));
		}
		rows.add(List.of(Run.bold(text("report.table.total")), Run.text(""),
				money(total.of(FundingSource.STATE_BUDGET), null), money(total.of(FundingSource.RESIDENTS), null),
				money(total.of(FundingSource.SPONSORS), null), money(total.of(FundingSource.IN_KIND), null)));
		body.blocks.add(new Table(
				List.of(text("report.table.project"), text("report.table.status"), text("report.table.state"),
						text("report.table.residents"), text("report.table.sponsors"), text("report.table.inKind")),
				rows, List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), true));
	}

	private void activities(Body body, CellYear year, Function<String, Figure> f) {
		if (year.activities().total().activities() == 0) {
			body.sentence("report.sentence.activities.none");
			return;
		}
		body.sentence("report.sentence.activities", f.apply("figure.cell.activities.count"),
				f.apply("figure.cell.activities.people"), f.apply("figure.cell.activities.participations"),
				f.apply("figure.cell.activities.memberPeople"), f.apply("figure.cell.activities.memberParticipations"));
		List<String> outputs = new ArrayList<>();
		year.activities().outputs().forEach((unit, amount) -> {
			if (amount.signum() > 0) {
				outputs.add(decimal(amount) + " " + text("outputUnit." + unit.name()));
			}
		});
		if (!outputs.isEmpty()) {
			body.sentence("report.sentence.outputs", String.join("; ", outputs));
		}
	}

	private void selfRating(Body body, CellYear year) {
		RatingView rating = year.rating();
		RatingView.StepView self = (rating == null) ? null
				: rating.steps()
					.stream()
					.filter((step) -> step.kind() == RatingStepKind.SELF && !step.corrected())
					.reduce((first, second) -> second)
					.orElse(null);
		if (self == null) {
			body.sentence("report.sentence.selfRating.none", year.year());
		}
		else {
			body.sentence("report.sentence.selfRating", self.score(), text("ratingLevel." + self.level().name()));
		}
		MemberLevels levels = year.memberLevels();
		if (levels != null && !levels.decided().isEmpty()) {
			body.sentence("report.sentence.memberLevels", levels.count(RatingLevel.EXCELLENT),
					levels.count(RatingLevel.GOOD), levels.count(RatingLevel.COMPLETED),
					levels.count(RatingLevel.NOT_COMPLETED));
		}
	}

	private static String areaNames(CellYear year) {
		return String.join(", ", year.cell().areas().stream().map((area) -> area.areaLabel()).distinct().toList());
	}

	private Run money(Money amount, String link) {
		return new Run(MoneyFormat.format(amount), false, false, link, null, null);
	}

	private Run number(long value, String link) {
		return new Run(MoneyFormat.group(BigDecimal.valueOf(value)), false, false, link, null, null);
	}

	private static String decimal(BigDecimal amount) {
		BigDecimal plain = amount.stripTrailingZeros();
		if (plain.scale() <= 0) {
			return MoneyFormat.group(plain.setScale(0));
		}
		return plain.toPlainString().replace('.', ',');
	}

	private String text(String key, Object... args) {
		return this.sentences.text(key, args);
	}

	/** The blocks while they are written, with the secretary's texts at hand. */
	private final class Body {

		private final List<Block> blocks = new ArrayList<>();

		private final Map<ReportSection, String> texts;

		Body(Map<ReportSection, String> texts) {
			this.texts = texts;
		}

		void heading(int level, String numberKey, String textKey) {
			this.blocks.add(new Heading(level, text(numberKey), text(textKey)));
		}

		void numbered(int level, String number, String textKey) {
			this.blocks.add(new Heading(level, number, text(textKey)));
		}

		void sentence(String key, Object... args) {
			this.blocks.add(new Paragraph(Style.BODY, CellReportDocument.this.sentences.runs(key, args)));
		}

		/**
		 * The secretary's text of the section: a paragraph per line, "- " lines as dash
		 * items; nothing when blank.
		 */
		void narrative(ReportSection section) {
			this.blocks.addAll(Narrative.paragraphs(this.texts.get(section)));
		}

	}

}
