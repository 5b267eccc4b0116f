package vn.sochibo.cellwork.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.TaskQuery;
import vn.sochibo.cellwork.TaskStatus;
import vn.sochibo.cellwork.TaskView;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.CellView;

/**
 * The Tasks tab: every task assigned at the cell's meetings (overdue first), filtered by
 * status and searched by content or member; a task's page with its follow-ups, where it
 * is marked done or dropped.
 */
@Controller
@RequestMapping("/cellwork/{cellId}/tasks")
class TaskController {

	static final int PAGE_SIZE = 25;

	private final Meetings meetings;

	private final CellAccess access;

	private final AuditTrail audit;

	TaskController(Meetings meetings, CellAccess access, AuditTrail audit) {
		this.meetings = meetings;
		this.access = access;
		this.audit = audit;
	}

	@ModelAttribute("taskStatuses")
	TaskStatus[] taskStatuses() {
		return TaskStatus.values();
	}

	@GetMapping
	String list(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		TaskQuery query = new TaskQuery(status, text);
		model.addAttribute("cell", cell);
		model.addAttribute("query", query);
		model.addAttribute("tasks",
				this.meetings.tasks(user, cellId, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "cellwork/tasks/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		TaskView task = this.meetings.task(user, cellId, id);
		if (!model.containsAttribute("taskStatusForm")) {
			TaskStatusForm form = new TaskStatusForm();
			form.setStatus((task.status() == TaskStatus.OVERDUE) ? TaskStatus.OPEN : task.status());
			form.setEvidence(task.evidence());
			form.setVersion(task.version());
			model.addAttribute("taskStatusForm", form);
		}
		return detail(user, cell, task, page, model);
	}

	@PostMapping("/{id}")
	String update(CurrentUser user, @PathVariable Long cellId, @PathVariable Long id,
			@Valid @ModelAttribute("taskStatusForm") TaskStatusForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		TaskView task = this.meetings.task(user, cellId, id);
		if (!result.hasErrors()) {
			try {
				this.meetings.updateTask(user, cellId, id, form.getStatus(), form.getEvidence(), form.getVersion());
				redirect.addFlashAttribute("message", "task.updated");
				return "redirect:/cellwork/" + cellId + "/tasks/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, cell, task, 0, model);
	}

	private String detail(CurrentUser user, CellView cell, TaskView task, int page, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("task", task);
		model.addAttribute("canWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cell.id()));
		model.addAttribute("history", this.audit.history(user.requireWard(), Meetings.TASK_ENTITY, task.id(), page));
		return "cellwork/tasks/detail";
	}

}
