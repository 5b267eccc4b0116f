package vn.sochibo.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.imports.DuplicateFileException;
import vn.sochibo.imports.ImportJobNotFoundException;
import vn.sochibo.imports.ImportJobView;
import vn.sochibo.imports.ImportKind;
import vn.sochibo.imports.Imports;
import vn.sochibo.imports.PlannedRow;
import vn.sochibo.imports.RowError;
import vn.sochibo.imports.RowDecision;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * Excel imports: the templates, the upload, the job page (its progress bar polls
 * {@code /imports/{id}/progress}, which any instance answers from the job's row), the
 * decisions on rows that match existing records, the commit, the annotated copy.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Imports imports;

	ImportController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		this.imports.requireAllowed(user, ImportKind.HOUSEHOLDS);
		UploadForm form = new UploadForm();
		form.setYear(this.imports.thisYear());
		return index(user, form, model);
	}

	/** A template to fill: {@code ho-gia-dinh.xlsx?year=}, {@code khu-dan-cu.xlsx}. */
	@GetMapping("/templates/{stem}.xlsx")
	void template(CurrentUser user, @PathVariable String stem, @RequestParam(required = false) Integer year,
			HttpServletResponse response) throws IOException {
		ImportKind kind = Imports.kindOf(stem).orElseThrow(() -> new ImportJobNotFoundException(null));
		int shown = (year != null && year >= 2000 && year <= this.imports.thisYear() + 1) ? year
				: this.imports.thisYear();
		this.imports.requireAllowed(user, kind);
		attachment(response,
				"mau-nhap-" + kind.fileStem() + ((kind == ImportKind.HOUSEHOLDS) ? "-" + shown : "") + ".xlsx");
		this.imports.template(user, kind, shown, response.getOutputStream());
	}

	@PostMapping
	String upload(CurrentUser user, @ModelAttribute("form") UploadForm form, BindingResult result, Model model,
			RedirectAttributes redirect) throws IOException {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "import.file.empty");
			return index(user, form, model);
		}
		try {
			Long id = this.imports.upload(user, form.getKind(), form.getYear(), form.getCell(),
					form.getFile().getOriginalFilename(), form.getFile().getBytes(), form.isConfirmDuplicate());
			return "redirect:/imports/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
		}
		catch (DuplicateFileException ex) {
			model.addAttribute("duplicateOf", ex.earlier());
		}
		return index(user, form, model);
	}

	private String index(CurrentUser user, UploadForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("jobs", this.imports.list(user));
		model.addAttribute("thisYear", this.imports.thisYear());
		model.addAttribute("kinds", this.imports.kinds(user));
		model.addAttribute("memberCells", this.imports.memberCells(user));
		return "imports/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int errorsPage,
			@RequestParam(defaultValue = "0") int matchesPage, Model model) {
		ImportJobView job = this.imports.job(user, id);
		model.addAttribute("job", job);
		List<PlannedRow> errors = this.imports.errors(user, id, errorsPage);
		List<ErrorLine> lines = new ArrayList<>();
		for (PlannedRow row : errors) {
			for (RowError error : row.errors()) {
				lines.add(new ErrorLine(row.rowNo(), error.columnLetter() + " – " + error.header(),
						(error.column() < row.cells().size()) ? row.cells().get(error.column()) : "",
						this.imports.reason(error)));
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("errorLines", lines);
		model.addAttribute("errorsPage", Math.max(errorsPage, 0));
		model.addAttribute("matches", this.imports.matches(user, id, matchesPage));
		model.addAttribute("matchesPage", Math.max(matchesPage, 0));
		model.addAttribute("pageSize", Imports.PAGE_SIZE);
		model.addAttribute("interrupted", this.imports.interrupted(job));
		model.addAttribute("failureMessage", this.imports.failure(job));
		return "imports/job";
	}

	/** The progress bar's data: the job's phase and counts, as JSON. */
	@GetMapping(path = "/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progress(CurrentUser user, @PathVariable Long id) {
		ImportJobView job = this.imports.job(user, id);
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("phase", job.phase().name());
		progress.put("running", job.phase().isRunning() && !this.imports.interrupted(job));
		progress.put("rowsDone", job.rowsDone());
		progress.put("rowsTotal", job.rowsTotal());
		progress.put("percent", job.percent());
		return progress;
	}

	@PostMapping("/{id}/decisions")
	String decide(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) List<Integer> rows,
			@RequestParam RowDecision decision, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			int decided = this.imports.decide(user, id, (rows != null) ? rows : List.of(), decision);
			redirect.addFlashAttribute("message", "import.decided");
			redirect.addFlashAttribute("messageArgs", List.of(decided));
		});
	}

	@PostMapping("/{id}/commit")
	String commit(CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.imports.commit(user, id));
	}

	@PostMapping("/{id}/recheck")
	String recheck(CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.imports.recheck(user, id));
	}

	@PostMapping("/{id}/discard")
	String discard(CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.imports.discard(user, id);
			redirect.addFlashAttribute("message", "import.discarded");
		});
	}

	/**
	 * Does one of the job page's actions and leads back to the page: a refusal becomes
	 * its message there.
	 */
	private static String act(Long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/imports/" + id;
	}

	@GetMapping("/{id}/annotated.xlsx")
	void annotated(CurrentUser user, @PathVariable Long id, HttpServletResponse response) throws IOException {
		ImportJobView job = this.imports.job(user, id);
		attachment(response, "kiem-tra-" + job.kind().fileStem() + "-" + id + ".xlsx");
		this.imports.annotated(user, id, response.getOutputStream());
	}

	/** One error as the page's table shows it. */
	record ErrorLine(int rowNo, String column, String value, String reason) {
	}

	private static void attachment(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
