package vn.sochibo.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.CellYears;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.report.FrozenEdition.FundHead;
import vn.sochibo.report.PartyDocument.Signature;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * A cell's annual report: its document from the cell's year figures and the secretary's
 * narrative (read with READ_CELL_WORK on the cell, written and marked final with
 * WRITE_CELL_WORK), the draft saved with optimistic locking, and each final edition
 * frozen with its figures, the fund heads of the moment and its SHA-256. A report exists
 * for the years from the cell's start to this year; any other year, or another cell's or
 * ward's report, is "not found".
 */
@Service
public class AnnualReports {

	static final String ENTITY = "ANNUAL_REPORT";

	private final CellAccess access;

	private final CellYears years;

	private final Wards wards;

	private final AnnualReportRepository reports;

	private final ReportEditions editions;

	private final CellReportDocument bodies;

	private final Sentences sentences;

	private final AuditTrail audit;

	private final Clock clock;

	AnnualReports(CellAccess access, CellYears years, Wards wards, AnnualReportRepository reports,
			ReportEditions editions, CellReportDocument bodies, Sentences sentences, AuditTrail audit, Clock clock) {
		this.access = access;
		this.years = years;
		this.wards = wards;
		this.reports = reports;
		this.editions = editions;
		this.bodies = bodies;
		this.sentences = sentences;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The report of the cell's year as it stands: the draft document with today's
	 * figures, its status and editions.
	 */
	@Transactional(readOnly = true)
	public CellReport cell(CurrentUser user, Long cellId, int year) {
		CellView cell = requireYear(user, Action.READ_CELL_WORK, cellId, year);
		Optional<AnnualReport> stored = this.reports.findByWardIdAndCellIdAndYear(user.requireWard(), cellId, year);
		CellYear cellYear = this.years.year(user, cellId, year);
		ReportText text = stored.map(AnnualReports::textOf).orElseGet(() -> defaultText(cell));
		PartyDocument document = draftDocument(user, cellYear, stored.orElse(null), text);
		return new CellReport(cell, year, stored.map(AnnualReport::getStatus).orElse(null), stored.isPresent(),
				stored.map((report) -> this.editions.list(report.getId())).orElse(List.of()), document, text,
				stored.map(AnnualReport::getVersion).orElse(null), stored.map(AnnualReport::getUpdatedBy).orElse(null),
				stored.map(AnnualReport::getUpdatedAt).orElse(null));
	}

	/**
	 * Saves the secretary's text as the draft. {@code expectedVersion} is null for a
	 * report never stored; a stale version is refused (409).
	 */
	@Transactional
	public void save(CurrentUser actor, Long cellId, int year, ReportText text, Integer expectedVersion) {
		requireYear(actor, Action.WRITE_CELL_WORK, cellId, year);
		Long wardId = actor.requireWard();
		Optional<AnnualReport> stored = this.reports.findByWardIdAndCellIdAndYear(wardId, cellId, year);
		if (!Objects.equals(stored.map(AnnualReport::getVersion).orElse(null), expectedVersion)) {
			throw new StaleEditException("report", cellId + "/" + year);
		}
		requireLengths(text);
		AnnualReport report = stored.orElseGet(() -> new AnnualReport(wardId, cellId, year));
		Map<String, String> before = stored.isPresent() ? report.auditState() : null;
		report.write(text, actor.username(), Instant.now(this.clock));
		AnnualReport saved = this.reports.save(report);
		if (before == null) {
			this.audit.created(wardId, actor, ENTITY, saved.getId(), saved.auditState());
		}
		else {
			this.audit.changed(wardId, actor, ENTITY, saved.getId(), before, saved.auditState());
		}
	}

	/**
	 * Marks the report final: freezes the document as it stands now (number, date,
	 * figures, narrative), the head of every fund it counts and their SHA-256. A report
	 * that already has a final edition needs a reason for the next one (the old one is
	 * kept); a report never written is refused.
	 * @return the frozen edition
	 */
	@Transactional
	public FrozenEdition markFinal(CurrentUser actor, Long cellId, int year, String reason) {
		requireYear(actor, Action.WRITE_CELL_WORK, cellId, year);
		Long wardId = actor.requireWard();
		AnnualReport report = this.reports.findByWardIdAndCellIdAndYear(wardId, cellId, year)
			.flatMap((found) -> this.reports.lock(found.getId()))
			.orElseThrow(() -> new RuleViolationException("reason", "report.final.notWritten"));
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (report.getEditions() > 0 && why == null) {
			throw new RuleViolationException("reason", "report.final.reason.required");
		}
		if (why != null && why.length() > 1000) {
			throw new RuleViolationException("reason", "report.final.reason.size");
		}
		if (report.getEditions() == 0) {
			why = null;
		}
		Map<String, String> before = report.auditState();
		WardView ward = this.wards.current(actor);
		int number = (report.getEditions() == 0) ? this.editions.nextNumber(wardId, cellId, ward.partyTermStartsOn())
				: report.getNumber();
		Instant now = Instant.now(this.clock);
		int edition = report.markFinal(number, LocalDate.now(this.clock), actor.username(), now);
		CellYear cellYear = this.years.year(actor, cellId, year);
		PartyDocument document = document(ward, cellYear, report, textOf(report), false).withFooter(null);
		Map<String, String> figures = new LinkedHashMap<>();
		for (Figure figure : cellYear.figures()) {
			figures.put(figure.key(), String.valueOf(figure.value()));
		}
		FrozenEdition frozen = this.editions.store(wardId, report.getId(), edition, why, document, figures,
				heads(cellYear.ledger()), actor.username(), now);
		this.audit.changed(wardId, actor, ENTITY, report.getId(), before, report.auditState());
		return frozen;
	}

	/**
	 * A final edition as it was frozen, its footer carrying its hash and the fund heads.
	 */
	@Transactional(readOnly = true)
	public FrozenEdition edition(CurrentUser user, Long cellId, int year, int edition) {
		requireYear(user, Action.READ_CELL_WORK, cellId, year);
		FrozenEdition frozen = this.reports.findByWardIdAndCellIdAndYear(user.requireWard(), cellId, year)
			.flatMap((report) -> this.editions.get(report.getId(), edition))
			.orElseThrow(() -> new ReportNotFoundException(cellId, year));
		return new FrozenEdition(frozen.edition(), frozen.reason(), frozen.document().withFooter(footer(frozen)),
				frozen.figures(), frozen.heads(), frozen.sha256(), frozen.finalizedBy(), frozen.finalizedAt(),
				frozen.intact());
	}

	/** The years a cell has a report for: from its start to this year. */
	public boolean coversYear(CellView cell, int year) {
		return this.years.shows(year) && year >= cell.validFrom().getYear()
				&& (cell.validTo() == null || year <= cell.validTo().getYear());
	}

	private CellView requireYear(CurrentUser user, Action action, Long cellId, int year) {
		CellView cell = this.access.require(user, action, cellId);
		if (!coversYear(cell, year)) {
			throw new ReportNotFoundException(cellId, year);
		}
		return cell;
	}

	private PartyDocument draftDocument(CurrentUser user, CellYear year, AnnualReport report, ReportText text) {
		PartyDocument document = document(this.wards.current(user), year, report, text, true);
		return document
			.withFooter(this.sentences.text("report.footer.draft", VietnameseDates.format(LocalDate.now(this.clock))));
	}

	/**
	 * The document of a cell's year: the head (the number once final, blank in a draft;
	 * the day it was issued, or today), the title, the body and the closing block.
	 */
	private PartyDocument document(WardView ward, CellYear year, AnnualReport report, ReportText text, boolean draft) {
		String issuer = this.sentences.text("report.issuer.cell");
		boolean numbered = report != null && report.getNumber() != null;
		String number = numbered ? this.sentences.text("report.number", twoDigits(report.getNumber()), issuer)
				: this.sentences.text("report.number.draft", issuer);
		LocalDate day = (numbered && report.getIssuedOn() != null) ? report.getIssuedOn() : LocalDate.now(this.clock);
		String placeAndDate = this.sentences.text("report.placeDate", ward.placeName(),
				VietnameseDates.inDocument(day));
		String signer = (text.signerName() != null) ? text.signerName() : year.cell().secretaryName();
		return new PartyDocument(ward.superiorBody().toUpperCase(vn.sochibo.shared.VietnameseText.LOCALE),
				year.cell().name().toUpperCase(vn.sochibo.shared.VietnameseText.LOCALE), number, placeAndDate,
				this.sentences.text("report.type").toUpperCase(vn.sochibo.shared.VietnameseText.LOCALE),
				this.sentences.text("report.summary", year.year()), this.bodies.body(year, text.sections()),
				new Signature(this.sentences.text("report.onBehalf.cell"), this.sentences.text("report.position.cell"),
						signer),
				recipients(text.recipients()), null);
	}

	private String footer(FrozenEdition frozen) {
		List<String> heads = new ArrayList<>();
		for (FundHead head : frozen.heads()) {
			heads.add(head.name() + " " + head.head().substring(0, 12));
		}
		String when = VietnameseDates
			.format(LocalDate.ofInstant(frozen.finalizedAt(), vn.sochibo.shared.VietnamTime.ZONE));
		return this.sentences.text("report.footer.final", frozen.edition(), when, frozen.sha256(),
				heads.isEmpty() ? this.sentences.text("report.footer.noFunds") : String.join("; ", heads));
	}

	private static List<FundHead> heads(LedgerYear ledger) {
		return ledger.funds()
			.stream()
			.map((line) -> new FundHead(line.fund().id(), line.fund().name(), line.fund().headHash(),
					line.fund().entryCount()))
			.toList();
	}

	private static List<String> recipients(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R"))
			.map(String::strip)
			.map((line) -> line.startsWith("-") ? line.substring(1).strip() : line)
			.filter((line) -> !line.isEmpty())
			.toList();
	}

	private static String twoDigits(int number) {
		return (number < 10) ? "0" + number : Integer.toString(number);
	}

	private ReportText defaultText(CellView cell) {
		return new ReportText(Map.of(), this.sentences.text("report.recipients.default.cell"), cell.secretaryName());
	}

	private static ReportText textOf(AnnualReport report) {
		return new ReportText(new EnumMap<>(report.getTexts()), report.getRecipients(), report.getSignerName());
	}

	private static void requireLengths(ReportText text) {
		text.sections().forEach((section, body) -> {
			if (body != null && body.length() > ReportSection.MAX_LENGTH) {
				throw new RuleViolationException("sections[" + section.name() + "]", "report.form.size.section",
						ReportSection.MAX_LENGTH);
			}
		});
		if (text.recipients() != null && text.recipients().length() > 2000) {
			throw new RuleViolationException("recipients", "report.form.recipients.size");
		}
		if (text.signerName() != null && text.signerName().length() > 120) {
			throw new RuleViolationException("signerName", "report.form.signer.size");
		}
	}

}
