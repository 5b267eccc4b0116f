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

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.cellwork.Twinnings;
import vn.sochibo.cellwork.Visits;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

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

	private final Cells cells;

	private final CellAccess access;

	private final Members members;

	private final Meetings meetings;

	private final Activities activities;

	private final Visits visits;

	private final Twinnings twinnings;

	private final Ratings ratings;

	private final Clock clock;

	CellWorkController(Cells cells, CellAccess access, Members members, Meetings meetings, Activities activities,
			Visits visits, Twinnings twinnings, Ratings ratings, Clock clock) {
		this.cells = cells;
		this.access = access;
		this.members = members;
		this.meetings = meetings;
		this.activities = activities;
		this.visits = visits;
		this.twinnings = twinnings;
		this.ratings = ratings;
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
		model.addAttribute("meetingYear", this.meetings.year(user, cellId, shown));
		model.addAttribute("activityYear", this.activities.year(user, cellId, shown));
		model.addAttribute("visitYear", this.visits.year(user, cellId, shown));
		model.addAttribute("twinningRows", this.twinnings.list(user, cellId));
		model.addAttribute("rating", this.ratings.ofCell(user, cellId, shown).orElse(null));
		model.addAttribute("memberLevels", this.ratings.memberLevels(user, cellId, shown));
		model.addAttribute("ratingLevels", RatingLevel.values());
		return "cellwork/overview";
	}

}
