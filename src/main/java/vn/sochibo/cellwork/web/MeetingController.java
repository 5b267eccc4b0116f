package vn.sochibo.cellwork.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.cellwork.AgendaDetails;
import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.GuestDetails;
import vn.sochibo.cellwork.GuestKind;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.MeetingView;
import vn.sochibo.cellwork.MeetingYear;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.NewTask;
import vn.sochibo.cellwork.ResolutionDetails;
import vn.sochibo.cellwork.ResolutionKind;
import vn.sochibo.cellwork.RollMember;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PdfDocuments;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * A cell's meetings: the year of meetings, the meeting form with its attendance grid, the
 * meeting's page where the minutes grow (guests, agenda, resolutions, tasks, follow-ups),
 * and the minutes as a print page and a PDF. Staff pages only: members' names are on
 * them.
 */
@Controller
@RequestMapping("/cellwork/{cellId}/meetings")
class MeetingController {

	private final Meetings meetings;

	private final CellAccess access;

	private final Wards wards;

	private final PdfDocuments documents;

	private final AuditTrail audit;

	private final Clock clock;

	private final XlsxDownloads xlsx;

	MeetingController(Meetings meetings, CellAccess access, Wards wards, PdfDocuments documents, AuditTrail audit,
			Clock clock, XlsxDownloads xlsx) {
		this.xlsx = xlsx;
		this.meetings = meetings;
		this.access = access;
		this.wards = wards;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("meetingKinds")
	MeetingKind[] meetingKinds() {
		return MeetingKind.values();
	}

	@ModelAttribute("attendanceStatuses")
	AttendanceStatus[] attendanceStatuses() {
		return AttendanceStatus.values();
	}

	@ModelAttribute("guestKinds")
	GuestKind[] guestKinds() {
		return GuestKind.values();
	}

	@ModelAttribute("resolutionKinds")
	ResolutionKind[] resolutionKinds() {
		return ResolutionKind.values();
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year != null && year >= RecordDates.FIRST_YEAR && year <= thisYear + 1) ? year : thisYear;
		model.addAttribute("cell", cell);
		model.addAttribute("meetingYear", this.meetings.year(user, cellId, shown));
		model.addAttribute("canWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/meetings/list";
	}

	/**
	 * The meetings of the year as .xlsx, in date order, with their attendance.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			HttpServletResponse response) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year != null && year >= RecordDates.FIRST_YEAR && year <= thisYear + 1) ? year : thisYear;
		MeetingYear meetings = this.meetings.year(user, cellId, shown);
		XlsxTable table = this.xlsx.table(response, "sinh-hoat-chi-bo-" + shown, this.wards.current(user).name(),
				this.xlsx.message("meeting.year.title", cell.name(), shown), List.of(),
				List.of(this.xlsx.column("meeting.heldOn", 12), this.xlsx.column("meeting.kind", 14),
						this.xlsx.column("meeting.topic", 40), this.xlsx.column("export.meeting.onRoll", 10),
						this.xlsx.column("export.meeting.exempt", 10), this.xlsx.column("export.meeting.due", 10),
						this.xlsx.column("export.meeting.present", 10),
						this.xlsx.column("export.meeting.absentExcused", 12),
						this.xlsx.column("export.meeting.absentUnexcused", 12),
						this.xlsx.column("export.meeting.rate", 12)));
		meetings.meetings()
			.stream()
			.sorted(java.util.Comparator.comparing(MeetingYear.Summary::heldOn).thenComparing(MeetingYear.Summary::id))
			.forEach((m) -> table.row(m.heldOn(), this.xlsx.message("meeting.kind." + m.kind()), m.topic(),
					m.figures().onRoll(), m.figures().exempt(), m.figures().due(), m.figures().present(),
					m.figures().absentExcused(), m.figures().absentUnexcused(), m.figures().rate()));
		table.finish();
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, @PathVariable Long cellId,
			@RequestParam(defaultValue = "REGULAR") MeetingKind kind,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (date != null && !date.isAfter(today) && date.getYear() >= RecordDates.FIRST_YEAR) ? date
				: today;
		List<RollMember> roll = this.meetings.roll(user, cellId, day);
		model.addAttribute("meetingForm", MeetingForms.fresh(kind, day, roll));
		return form(cell, roll, null, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @PathVariable Long cellId, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, RedirectAttributes redirect, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				MeetingView created = this.meetings.create(user, cellId, MeetingForms.toDetails(form));
				redirect.addFlashAttribute("message", "meeting.created");
				return "redirect:/cellwork/" + cellId + "/meetings/" + created.id();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return reform(user, cell, form, null, model);
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		return detail(user, cell, this.meetings.get(user, cellId, id), page, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		MeetingView meeting = this.meetings.get(user, cellId, id);
		model.addAttribute("meetingForm", MeetingForms.of(meeting));
		return form(cell, this.meetings.roll(user, cellId, meeting.heldOn()), meeting, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				// An unknown or another cell's meeting is not found here, before anything
				// is written.
				this.meetings.update(user, cellId, id, MeetingForms.toDetails(form), form.getVersion());
				redirect.addFlashAttribute("message", "meeting.updated");
				return "redirect:/cellwork/" + cellId + "/meetings/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return reform(user, cell, form, this.meetings.get(user, cellId, id), model);
	}

	@PostMapping("/{id}/guests")
	String addGuest(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("guestForm") GuestForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		return part(user, cellId, id, result, redirect, model, "meeting.guest.added",
				() -> this.meetings.addGuest(user, cellId, id, new GuestDetails(form.getKind(), form.getFullName(),
						form.getPosition(), form.getOrganisation(), form.isHigherLevel()), form.getVersion()));
	}

	@PostMapping("/{id}/agenda")
	String addAgendaItem(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("agendaForm") AgendaForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		return part(user, cellId, id, result, redirect, model, "meeting.agenda.added",
				() -> this.meetings.addAgendaItem(user, cellId, id,
						new AgendaDetails(form.getTitle(), form.getDiscussion(), form.getConclusion()),
						form.getVersion()));
	}

	@PostMapping("/{id}/resolutions")
	String addResolution(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("resolutionForm") ResolutionForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		return part(user, cellId, id, result, redirect, model, "meeting.resolution.added",
				() -> this.meetings
					.addResolution(
							user, cellId, id, new ResolutionDetails(form.getKind(), form.getContent(),
									form.getVotesFor(), form.getVotesAgainst(), form.getVotesAbstain()),
							form.getVersion()));
	}

	@PostMapping("/{id}/tasks")
	String assignTask(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		return part(user, cellId, id, result, redirect, model, "task.created", () -> this.meetings.assignTask(user,
				cellId, id, new NewTask(form.getMemberId(), form.getContent(), form.getDueOn())));
	}

	@PostMapping("/{id}/follow-ups")
	String followUp(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		return part(user, cellId, id, result, redirect, model, "task.followUp.added",
				() -> this.meetings.followUp(user, cellId, id, form.getTaskId(), form.getNote()));
	}

	@PostMapping("/{id}/{part:guest|agenda|resolution}/{partId}/remove")
	String removePart(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, @PathVariable String part,
			@PathVariable Long partId, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		this.meetings.removePart(user, cellId, id, part, partId, version);
		redirect.addFlashAttribute("message", "meeting.part.removed");
		return "redirect:/cellwork/" + cellId + "/meetings/" + id;
	}

	@GetMapping("/{id}/minutes")
	String minutes(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id, Model model) {
		model.addAllAttributes(minutesModel(user, cellId, id));
		return "cellwork/meetings/minutes";
	}

	@GetMapping("/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id) {
		Map<String, Object> variables = minutesModel(user, cellId, id);
		byte[] pdf = this.documents.render("cellwork/meetings/minutes-pdf", variables);
		MeetingView meeting = (MeetingView) variables.get("meeting");
		String name = "bien-ban-sinh-hoat-chi-bo-" + meeting.heldOn() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	private Map<String, Object> minutesModel(CurrentUser user, Long cellId, Long id) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		MeetingView meeting = this.meetings.get(user, cellId, id);
		WardView ward = this.wards.current(user);
		return Map.of("cell", cell, "meeting", meeting, "ward", ward, "css", MinutesCss.CSS);
	}

	private String part(CurrentUser user, Long cellId, Long id, BindingResult result, RedirectAttributes redirect,
			Model model, String message, Runnable write) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		if (!result.hasErrors()) {
			try {
				write.run();
				redirect.addFlashAttribute("message", message);
				return "redirect:/cellwork/" + cellId + "/meetings/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, cell, this.meetings.get(user, cellId, id), 0, model);
	}

	private String detail(CurrentUser user, CellView cell, MeetingView meeting, int page, Model model) {
		boolean canWrite = this.access.permits(user, Action.WRITE_CELL_WORK, cell.id());
		model.addAttribute("cell", cell);
		model.addAttribute("meeting", meeting);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("history",
				this.audit.historyWithParts(user.requireWard(), Meetings.ENTITY, meeting.id(), page));
		if (canWrite) {
			model.addAttribute("followable", this.meetings.followable(user, cell.id(), meeting.id()));
			if (!model.containsAttribute("guestForm")) {
				GuestForm guest = new GuestForm();
				guest.setKind(GuestKind.GUEST);
				model.addAttribute("guestForm", guest);
			}
			if (!model.containsAttribute("agendaForm")) {
				model.addAttribute("agendaForm", new AgendaForm());
			}
			if (!model.containsAttribute("resolutionForm")) {
				ResolutionForm resolution = new ResolutionForm();
				resolution.setKind(ResolutionKind.RESOLUTION);
				model.addAttribute("resolutionForm", resolution);
			}
			if (!model.containsAttribute("taskForm")) {
				model.addAttribute("taskForm", new TaskForm());
			}
			if (!model.containsAttribute("followUpForm")) {
				model.addAttribute("followUpForm", new FollowUpForm());
			}
		}
		return "cellwork/meetings/detail";
	}

	/**
	 * The form again after an error: its grid follows the roll of the day typed (when it
	 * can be read), keeping what was chosen for each member.
	 */
	private String reform(CurrentUser user, CellView cell, MeetingForm form, MeetingView meeting, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = form.getHeldOn();
		List<RollMember> roll = (day != null && !day.isAfter(today) && day.getYear() >= RecordDates.FIRST_YEAR)
				? this.meetings.roll(user, cell.id(), day) : null;
		if (roll != null) {
			MeetingForms.regrid(form, roll);
		}
		return form(cell, (roll != null) ? roll : List.of(), meeting, model);
	}

	private String form(CellView cell, List<RollMember> roll, MeetingView meeting, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("roll", roll);
		model.addAttribute("meeting", meeting);
		return "cellwork/meetings/form";
	}

}
