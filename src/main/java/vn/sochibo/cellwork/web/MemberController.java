package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.sochibo.cellwork.MemberFilter;
import vn.sochibo.cellwork.MemberQuery;
import vn.sochibo.cellwork.MemberState;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.Wards;

/**
 * A cell's Party members: the list (search, filters), a member's page with their periods
 * in cells and history, the forms to put a member on the roll, edit them, and record a
 * move or a death. Sensitive: the ward admin and the cell's secretaries and inspectors
 * only.
 */
@Controller
@RequestMapping("/cellwork")
class MemberController {

	static final int PAGE_SIZE = 30;

	private final Members members;

	private final CellAccess access;

	private final Cells cells;

	private final AuditTrail audit;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	MemberController(Members members, CellAccess access, Cells cells, AuditTrail audit, Clock clock, Wards wards,
			XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.members = members;
		this.access = access;
		this.cells = cells;
		this.audit = audit;
		this.clock = clock;
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@GetMapping("/{cellId}/members")
	String list(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) MemberFilter filter,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		MemberQuery query = new MemberQuery(filter, text);
		model.addAttribute("cell", cell);
		model.addAttribute("query", query);
		model.addAttribute("filters", MemberFilter.values());
		model.addAttribute("members",
				this.members.list(user, cellId, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("counts", this.members.counts(user, cellId, LocalDate.now(this.clock)));
		model.addAttribute("mayWrite", this.access.permits(user, Action.WRITE_CELL_WORK, cellId));
		return "cellwork/members/list";
	}

	/**
	 * The filtered list of the cell's members as .xlsx: every member it finds, in its
	 * order; only for those who read the cell's work.
	 */
	@GetMapping("/{cellId}/members/export.xlsx")
	void export(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) MemberFilter filter,
			@RequestParam(required = false) String q, HttpServletResponse response) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		String text = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		MemberQuery query = new MemberQuery(filter, text);
		XlsxTable table = this.xlsx.table(response, "dang-vien", this.wards.current(user).name(),
				this.xlsx.message("member.list.title", cell.name()),
				List.of(this.xlsx.message("member.filter." + query.filter()),
						(text != null) ? this.xlsx.message("export.filter.text", text) : ""),
				List.of(this.xlsx.column("member.fullName", 28), this.xlsx.column("member.birthYear", 10),
						this.xlsx.column("member.sex", 10), this.xlsx.column("member.joinedOn", 14),
						this.xlsx.column("member.standing", 14), this.xlsx.column("member.officialOn", 14),
						this.xlsx.column("member.officialDueOn", 14), this.xlsx.column("member.exemptSince", 14),
						this.xlsx.column("member.sinceInCell", 14), this.xlsx.column("member.leftCell", 14),
						this.xlsx.column("export.member.state", 20)));
		this.members.forEach(user, cellId, query,
				(m) -> table.row(m.fullName(), m.birthYear(), this.xlsx.message("member.sex." + m.sex()), m.joinedOn(),
						this.xlsx.message(m.probationary() ? "member.probationary" : "member.full"), m.officialOn(),
						m.probationary() ? m.officialDueOn() : null, m.exemptSince(), m.sinceInCell(), m.leftOn(),
						this.xlsx.message("member.state." + m.state())));
		table.finish();
	}

	@GetMapping("/{cellId}/members/new")
	String showCreateForm(CurrentUser user, @PathVariable Long cellId, Model model) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		MemberForm form = new MemberForm();
		form.setFull(Boolean.TRUE);
		form.setSince(LocalDate.now(this.clock));
		model.addAttribute("memberForm", form);
		model.addAttribute("cell", cell);
		return "cellwork/members/form";
	}

	@PostMapping("/{cellId}/members/new")
	String create(CurrentUser user, @PathVariable Long cellId, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		form.check(result);
		if (form.getSince() == null) {
			result.rejectValue("since", "member.since.required");
		}
		if (!result.hasErrors()) {
			try {
				MemberView member = this.members.register(user, cellId, form.toNewMember());
				redirect.addFlashAttribute("message", "member.created");
				return "redirect:/cellwork/members/" + member.id();
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		model.addAttribute("cell", cell);
		return "cellwork/members/form";
	}

	@GetMapping("/members/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		MemberView member = this.members.get(user, id);
		if (!model.containsAttribute("moveForm")) {
			MoveForm move = new MoveForm();
			move.setDate(LocalDate.now(this.clock));
			move.setVersion(member.version());
			model.addAttribute("moveForm", move);
		}
		return detail(user, member, page, model);
	}

	@GetMapping("/members/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		MemberView member = this.members.get(user, id);
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, member.cellId());
		model.addAttribute("memberForm", MemberForm.of(member));
		model.addAttribute("member", member);
		model.addAttribute("cell", cell);
		return "cellwork/members/form";
	}

	@PostMapping("/members/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MemberView member = this.members.get(user, id);
		CellView cell = this.access.require(user, Action.WRITE_CELL_WORK, member.cellId());
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.members.update(user, id, form.toDetails(), form.getVersion());
				redirect.addFlashAttribute("message", "member.updated");
				return "redirect:/cellwork/members/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		model.addAttribute("member", member);
		model.addAttribute("cell", cell);
		return "cellwork/members/form";
	}

	@PostMapping("/members/{id}/move")
	String move(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("moveForm") MoveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MemberView member = this.members.get(user, id);
		this.access.require(user, Action.WRITE_CELL_WORK, member.cellId());
		if (form.getState() == null) {
			result.rejectValue("state", "member.leave.state.required");
		}
		if (!result.hasErrors()) {
			try {
				if (form.getState() == MemberState.ACTIVE) {
					this.members.transfer(user, id, form.getCellId(), form.getDate(), form.getVersion());
					redirect.addFlashAttribute("message", "member.transferred");
				}
				else {
					this.members.leave(user, id, form.getState(), form.getDate(), form.getWentTo(), form.getVersion());
					redirect.addFlashAttribute("message", "member.left");
				}
				return "redirect:/cellwork/members/" + id;
			}
			catch (RuleViolationException ex) {
				ex.addTo(result);
			}
		}
		return detail(user, member, 0, model);
	}

	private String detail(CurrentUser user, MemberView member, int page, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("cell", this.access.require(user, Action.READ_CELL_WORK, member.cellId()));
		boolean mayWrite = this.access.permits(user, Action.WRITE_CELL_WORK, member.cellId());
		model.addAttribute("mayWrite", mayWrite);
		if (mayWrite) {
			Map<Long, String> otherCells = new LinkedHashMap<>();
			Predicate<Long> writable = this.access.reach(user, Action.WRITE_CELL_WORK);
			this.cells.names(user).forEach((cellId, name) -> {
				if (!cellId.equals(member.cellId()) && writable.test(cellId)) {
					otherCells.put(cellId, name);
				}
			});
			model.addAttribute("otherCells", otherCells);
		}
		model.addAttribute("history", this.audit.history(user.requireWard(), Members.ENTITY, member.id(), page));
		return "cellwork/members/detail";
	}

}
