package vn.sochibo.report.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.report.AnnualReports;
import vn.sochibo.report.CellReport;
import vn.sochibo.report.FrozenEdition;
import vn.sochibo.report.ReportRendering;
import vn.sochibo.report.PartyDocument;
import vn.sochibo.report.ReportSection;
import vn.sochibo.report.WardSummaries;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * A cell's annual report: the list of the user's cells and years, the preview in the
 * print layout (every figure links to the list it counts), the PDF and the Word file of
 * the draft and of each final edition, the edit form of the narrative, and marking it
 * final.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final AnnualReports reports;

	private final ReportRendering rendering;

	private final Cells cells;

	private final CellAccess access;

	private final WardSummaries summaries;

	private final Clock clock;

	ReportController(AnnualReports reports, ReportRendering rendering, WardSummaries summaries, Cells cells,
			CellAccess access, Clock clock) {
		this.reports = reports;
		this.summaries = summaries;
		this.rendering = rendering;
		this.cells = cells;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		user.require(Action.READ_CELL_WORK);
		List<CellView> reachable = this.access.readable(user, Action.READ_CELL_WORK);
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= thisYear - 4; year--) {
			years.add(year);
		}
		model.addAttribute("cells", reachable);
		model.addAttribute("years", years);
		model.addAttribute("wardWide", !reachable.isEmpty() && reachable.size() == this.cells.list(user).size()
				&& user.role() != vn.sochibo.shared.Role.CELL_SECRETARY);
		model.addAttribute("menu", "cellwork");
		return "report/list";
	}

	@GetMapping("/cells/{cellId}/{year}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable int year, Model model) {
		return preview(user, cellId, year, model);
	}

	/** The report's preview page, with the form to mark it final when the user may. */
	private String preview(CurrentUser user, Long cellId, int year, Model model) {
		CellReport report = this.reports.cell(user, cellId, year);
		model.addAttribute("report", report);
		model.addAttribute("doc", report.document());
		model.addAttribute("charts", this.rendering.charts(report.document()));
		model.addAttribute("mayWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		model.addAttribute("menu", "cellwork");
		return "report/preview";
	}

	@GetMapping("/cells/{cellId}/{year}/report.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable Long cellId, @PathVariable int year) {
		CellReport report = this.reports.cell(user, cellId, year);
		return file(this.rendering.pdf(report.document()), MediaType.APPLICATION_PDF, name(report, 0, "pdf"));
	}

	@GetMapping("/cells/{cellId}/{year}/report.docx")
	ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable Long cellId, @PathVariable int year) {
		CellReport report = this.reports.cell(user, cellId, year);
		return file(this.rendering.docx(report.document()), DOCX, name(report, 0, "docx"));
	}

	@GetMapping("/cells/{cellId}/{year}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long cellId, @PathVariable int year, Model model) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		CellReport report = this.reports.cell(user, cellId, year);
		return form(report, ReportForm.of(report.text(), report.version()), model);
	}

	@PostMapping("/cells/{cellId}/{year}/edit")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable int year,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				this.reports.save(user, cellId, year, form.toText(), form.getVersion());
				redirect.addFlashAttribute("message", "report.form.saved");
				return "redirect:/reports/cells/" + cellId + "/" + year;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return form(this.reports.cell(user, cellId, year), form, model);
	}

	@PostMapping("/cells/{cellId}/{year}/final")
	String markFinal(CurrentUser user, @PathVariable Long cellId, @PathVariable int year,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		try {
			FrozenEdition edition = this.reports.markFinal(user, cellId, year, reason);
			redirect.addFlashAttribute("message", "report.final.done");
			redirect.addFlashAttribute("messageArgs", List.of(edition.edition(), edition.document().number()));
			return "redirect:/reports/cells/" + cellId + "/" + year + "/editions/" + edition.edition();
		}
		catch (RuleViolationException ex) {
			model.addAttribute("reason", reason);
			model.addAttribute("finalError", ex.messageKey().substring("report.final.".length()));
			return preview(user, cellId, year, model);
		}
	}

	@GetMapping("/cells/{cellId}/{year}/editions/{edition}")
	String showEdition(CurrentUser user, @PathVariable Long cellId, @PathVariable int year, @PathVariable int edition,
			Model model) {
		FrozenEdition frozen = this.reports.edition(user, cellId, year, edition);
		CellReport report = this.reports.cell(user, cellId, year);
		model.addAttribute("report", report);
		model.addAttribute("edition", frozen);
		model.addAttribute("doc", frozen.document());
		model.addAttribute("charts", this.rendering.charts(frozen.document()));
		model.addAttribute("menu", "cellwork");
		return "report/edition";
	}

	@GetMapping("/cells/{cellId}/{year}/editions/{edition}/report.pdf")
	ResponseEntity<byte[]> editionPdf(CurrentUser user, @PathVariable Long cellId, @PathVariable int year,
			@PathVariable int edition) {
		FrozenEdition frozen = this.reports.edition(user, cellId, year, edition);
		return file(this.rendering.pdf(frozen.document()), MediaType.APPLICATION_PDF,
				name(cellId, year, edition, "pdf"));
	}

	@GetMapping("/cells/{cellId}/{year}/editions/{edition}/report.docx")
	ResponseEntity<byte[]> editionDocx(CurrentUser user, @PathVariable Long cellId, @PathVariable int year,
			@PathVariable int edition) {
		FrozenEdition frozen = this.reports.edition(user, cellId, year, edition);
		return file(this.rendering.docx(frozen.document()), DOCX, name(cellId, year, edition, "docx"));
	}

	@GetMapping("/ward/{year}")
	String ward(CurrentUser user, @PathVariable int year, Model model) {
		PartyDocument document = this.summaries.year(user, year);
		model.addAttribute("year", year);
		model.addAttribute("doc", document);
		model.addAttribute("charts", this.rendering.charts(document));
		model.addAttribute("menu", "cellwork");
		return "report/ward";
	}

	@GetMapping("/ward/{year}/report.pdf")
	ResponseEntity<byte[]> wardPdf(CurrentUser user, @PathVariable int year) {
		return file(this.rendering.pdf(this.summaries.year(user, year)), MediaType.APPLICATION_PDF,
				"bao-cao-tong-hop-nam-" + year + ".pdf");
	}

	@GetMapping("/ward/{year}/report.docx")
	ResponseEntity<byte[]> wardDocx(CurrentUser user, @PathVariable int year) {
		return file(this.rendering.docx(this.summaries.year(user, year)), DOCX,
				"bao-cao-tong-hop-nam-" + year + ".docx");
	}

	private String form(CellReport report, ReportForm form, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("reportForm", form);
		model.addAttribute("sections", ReportSection.values());
		model.addAttribute("menu", "cellwork");
		return "report/form";
	}

	private static String name(CellReport report, int edition, String extension) {
		return name(report.cell().id(), report.year(), edition, extension);
	}

	private static String name(Long cellId, int year, int edition, String extension) {
		return "bao-cao-nam-" + year + "-chi-bo-" + cellId + ((edition > 0) ? "-ban-" + edition : "-du-thao") + "."
				+ extension;
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
