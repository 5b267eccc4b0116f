package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.CellYears;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.ward.CellView;

/**
 * Where cell work starts: the cells the user reaches (a secretary of one cell goes
 * straight to it), and a cell's year at a glance — members, meetings and attendance,
 * tasks, activities with distinct people and participations, visits and their
 * recommendations, twinnings, the rating — each from its owner's one year figure, in a
 * constant number of queries whatever the cell's size.
 */
@Controller
@RequestMapping("/cellwork")
class CellWorkController {

	private final CellAccess access;

	private final CellYears years;

	private final Clock clock;

	CellWorkController(CellAccess access, CellYears years, Clock clock) {
		this.access = access;
		this.years = years;
		this.clock = clock;
	}

	@GetMapping
	String index(CurrentUser user, Model model) {
		user.require(Action.READ_CELL_WORK);
		List<CellView> reachable = this.access.readable(user, Action.READ_CELL_WORK);
		if (reachable.size() == 1) {
			return "redirect:/cellwork/" + reachable.get(0).id();
		}
		model.addAttribute("cells", reachable);
		return "cellwork/index";
	}

	@GetMapping("/{cellId}")
	String overview(CurrentUser user, @PathVariable Long cellId, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year != null && this.years.shows(year)) ? year : thisYear;
		CellYear cellYear = this.years.year(user, cellId, shown);
		model.addAttribute("cellYear", cellYear);
		model.addAttribute("cell", cellYear.cell());
		model.addAttribute("year", shown);
		model.addAttribute("years",
				IntStream.rangeClosed(Math.max(RecordDates.FIRST_YEAR, thisYear - 6), thisYear)
					.boxed()
					.sorted(Comparator.reverseOrder())
					.toList());
		model.addAttribute("counts", cellYear.members());
		model.addAttribute("countedOn", cellYear.countedOn());
		model.addAttribute("admitted", cellYear.admitted());
		model.addAttribute("meetingYear", cellYear.meetings());
		model.addAttribute("activityYear", cellYear.activities());
		model.addAttribute("visitYear", cellYear.visits());
		model.addAttribute("twinningRows", cellYear.twinnings());
		model.addAttribute("rating", cellYear.rating());
		model.addAttribute("memberLevels", cellYear.memberLevels());
		model.addAttribute("ratingLevels", RatingLevel.values());
		model.addAttribute("statusKinds", StatusKind.values());
		return "cellwork/overview";
	}

}
