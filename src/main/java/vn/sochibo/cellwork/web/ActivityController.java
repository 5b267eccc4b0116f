package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.ActivityQuery;
import vn.sochibo.cellwork.ActivityView;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.OutputUnit;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.Wards;

/**
 * A cell's community activities: the year's list with its figures, an activity's page,
 * the form to enter or correct one, and a series' page. Private pages of the ward admin,
 * the inspector and the cell's secretaries.
 */
@Controller
@RequestMapping("/cellwork/{cellId}/activities")
class ActivityController {

	static final int PAGE_SIZE = 25;

	private final Activities activities;

	private final CellAccess access;

	private final Areas areas;

	private final Cells cells;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	ActivityController(Activities activities, CellAccess access, Areas areas, Cells cells, AuditTrail audit,
			Clock clock, Wards wards, XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.activities = activities;
		this.access = access;
		this.areas = areas;
		this.cells = cells;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("menu")
	String menu() {
		return "cellwork";
	}

	@ModelAttribute("activityKinds")
	ActivityKind[] activityKinds() {
		return ActivityKind.values();
	}

	@ModelAttribute("outputUnits")
	OutputUnit[] outputUnits() {
		return OutputUnit.values();
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year == null || year < RecordDates.FIRST_YEAR || year > thisYear) ? thisYear : year;
		Integer chosenMonth = (month != null && month >= 1 && month <= 12) ? month : null;
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		ActivityQuery query = new ActivityQuery(shown, kind, chosenMonth, text);
		model.addAttribute("cell", cell);
		model.addAttribute("query", query);
		model.addAttribute("years", this.activities.years());
		model.addAttribute("activityYear", this.activities.year(user, cellId, shown));
		model.addAttribute("activities",
				this.activities.list(user, cellId, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("seriesList", this.activities.series(user, cellId));
		model.addAttribute("mayWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/activities/list";
	}

	/**
	 * The filtered list of the year's activities as .xlsx: every activity it finds, in
	 * its order, with distinct people and participations.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String q, HttpServletResponse response) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year == null || year < RecordDates.FIRST_YEAR || year > thisYear) ? thisYear : year;
		Integer chosenMonth = (month != null && month >= 1 && month <= 12) ? month : null;
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		ActivityQuery query = new ActivityQuery(shown, kind, chosenMonth, text);
		List<String> filter = new ArrayList<>();
		filter.add(cell.name());
		filter.add(this.xlsx.message("export.filter.year", shown));
		filter.add((chosenMonth != null) ? this.xlsx.message("export.filter.month", chosenMonth) : null);
		filter.add((kind != null) ? this.xlsx.message("activity.kind." + kind) : null);
		filter.add((text != null) ? this.xlsx.message("export.filter.text", text) : null);
		XlsxTable table = this.xlsx.table(response, "hoat-dong-" + shown, this.wards.current(user).name(),
				this.xlsx.message("activity.list.title"), filter,
				List.of(this.xlsx.column("activity.startsOn", 12), this.xlsx.column("activity.endsOn", 12),
						this.xlsx.column("activity.title", 36), this.xlsx.column("activity.kind", 20),
						this.xlsx.column("activity.series", 24), this.xlsx.column("activity.figures.people", 10),
						this.xlsx.column("activity.figures.participations", 10)));
		this.activities.forEach(user, cellId, query,
				(a) -> table.row(a.startsOn(), a.endsOn(), a.title(),
						(a.kindOther() != null) ? a.kindOther() : this.xlsx.message("activity.kind." + a.kind()),
						a.seriesTitle(), a.figures().total().people(), a.figures().total().participations()));
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		ActivityView activity = this.activities.get(user, cellId, id);
		model.addAttribute("cell", cell);
		model.addAttribute("activity", activity);
		model.addAttribute("mayWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		model.addAttribute("history", this.audit.history(user.requireWard(), Activities.ENTITY, id, page));
		return "cellwork/activities/detail";
	}

	@GetMapping("/series/{seriesId}")
	String series(CurrentUser user, @PathVariable Long cellId, @PathVariable Long seriesId, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		model.addAttribute("cell", cell);
		model.addAttribute("series", this.activities.seriesView(user, cellId, seriesId));
		model.addAttribute("mayWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/activities/series";
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Long series,
			Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		ActivityForm form = ActivityForm.blank(LocalDate.now(this.clock));
		if (series != null
				&& this.activities.series(user, cellId).stream().anyMatch((option) -> option.id().equals(series))) {
			form.setSeriesId(series);
		}
		model.addAttribute("activityForm", form);
		return form(user, cell, null, form, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @PathVariable Long cellId, @Valid @ModelAttribute("activityForm") ActivityForm form,
			BindingResult result, @RequestParam(required = false) String refresh, Model model,
			RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (refresh != null) {
			return refreshed(user, cell, null, form, model);
		}
		if (!result.hasErrors()) {
			try {
				ActivityView created = this.activities.create(user, cellId, form.toDetails());
				redirect.addFlashAttribute("message", "activity.created");
				return "redirect:/cellwork/" + cellId + "/activities/" + created.id();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return form(user, cell, null, form, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		ActivityView activity = this.activities.get(user, cellId, id);
		ActivityForm form = ActivityForm.of(activity);
		model.addAttribute("activityForm", form);
		return form(user, cell, activity, form, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (refresh != null) {
			return refreshed(user, cell, this.activities.get(user, cellId, id), form, model);
		}
		if (!result.hasErrors()) {
			try {
				// An unknown or another cell's activity is not found here, before
				// anything is written.
				this.activities.update(user, cellId, id, form.toDetails(), form.getVersion());
				redirect.addFlashAttribute("message", "activity.updated");
				return "redirect:/cellwork/" + cellId + "/activities/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return form(user, cell, this.activities.get(user, cellId, id), form, model);
	}

	/**
	 * The form again with the roll of the day and of the co-organising cells chosen,
	 * nothing saved: what is not filled in yet is no error.
	 */
	private String refreshed(CurrentUser user, CellView cell, ActivityView activity, ActivityForm form, Model model) {
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "activityForm",
				new BeanPropertyBindingResult(form, "activityForm"));
		return form(user, cell, activity, form, model);
	}

	private String form(CurrentUser user, CellView cell, ActivityView activity, ActivityForm form, Model model) {
		if (form.getOutputs().stream().allMatch((row) -> row.getUnit() != null || row.getQuantity() != null)) {
			form.padOutputs();
		}
		Map<Long, String> otherCells = new LinkedHashMap<>(this.cells.names(user));
		otherCells.remove(cell.id());
		model.addAttribute("cell", cell);
		model.addAttribute("activity", activity);
		model.addAttribute("areaLabels", this.areas.activeLabels(user));
		model.addAttribute("otherCells", otherCells);
		model.addAttribute("seriesList", this.activities.series(user, cell.id()));
		LocalDate day = form.getStartsOn();
		if (day == null || day.isAfter(LocalDate.now(this.clock)) || day.getYear() < RecordDates.FIRST_YEAR) {
			day = LocalDate.now(this.clock);
		}
		LocalDate last = (form.getEndsOn() != null && !form.getEndsOn().isBefore(day)
				&& !form.getEndsOn().isAfter(day.plusDays(366))) ? form.getEndsOn() : day;
		model.addAttribute("participants",
				this.activities.participants(user, cell.id(), form.getCoCellIds(), day, last));
		return "cellwork/activities/form";
	}

}
