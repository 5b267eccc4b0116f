package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.Members;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * Where cell work starts: the cells the user reaches (a secretary of one cell goes
 * straight to it), and a cell's year at a glance.
 */
@Controller
@RequestMapping("/cellwork")
class CellWorkController {

	private final Cells cells;

	private final CellAccess access;

	private final Members members;

	private final Clock clock;

	CellWorkController(Cells cells, CellAccess access, Members members, Clock clock) {
		this.cells = cells;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping
	String index(CurrentUser user, Model model) {
		user.require(Action.READ_CELL_WORK);
		List<CellView> reachable = this.cells.list(user)
			.stream()
			.filter((cell) -> this.access.permits(user, Action.READ_CELL_WORK, cell.id()))
			.toList();
		if (reachable.size() == 1) {
			return "redirect:/cellwork/" + reachable.get(0).id();
		}
		model.addAttribute("cells", reachable);
		return "cellwork/index";
	}

	@GetMapping("/{cellId}")
	String overview(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			Model model) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		LocalDate today = LocalDate.now(this.clock);
		int shown = (year == null || year < RecordDates.FIRST_YEAR || year > today.getYear()) ? today.getYear() : year;
		LocalDate day = (shown == today.getYear()) ? today : LocalDate.of(shown, 12, 31);
		model.addAttribute("cell", cell);
		model.addAttribute("year", shown);
		model.addAttribute("years",
				java.util.stream.IntStream
					.rangeClosed(Math.max(RecordDates.FIRST_YEAR, today.getYear() - 6), today.getYear())
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
		model.addAttribute("counts", this.members.counts(user, cellId, day));
		model.addAttribute("countedOn", day);
		model.addAttribute("admitted",
				this.members.admitted(user, cellId, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
		return "cellwork/overview";
	}

}
