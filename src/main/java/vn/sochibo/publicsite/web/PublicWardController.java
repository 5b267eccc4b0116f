package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.PublicLedger;
import vn.sochibo.project.ProjectFigures;
import vn.sochibo.project.Projects;
import vn.sochibo.shared.NotFoundException;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.welfare.WelfareFigures;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * A ward's public page: its funds with their totals, its projects (status, progress, what
 * was raised against the plan, each linking to its public page), and its welfare programs
 * as counts and totals only; and a year in figures ({@code ?year=}, this year by
 * default): money raised by source with goods apart, spent, projects by status, gifts by
 * program — from the funds', projects' and welfare's public year figures, never a person,
 * a household or a cell's own work.
 */
@Controller
class PublicWardController {

	private final PublicLedger ledger;

	private final Projects projects;

	private final WelfarePrograms welfare;

	private final LedgerFigures ledgerFigures;

	private final ProjectFigures projectFigures;

	private final WelfareFigures welfareFigures;

	private final Clock clock;

	PublicWardController(PublicLedger ledger, Projects projects, WelfarePrograms welfare, LedgerFigures ledgerFigures,
			ProjectFigures projectFigures, WelfareFigures welfareFigures, Clock clock) {
		this.ledger = ledger;
		this.projects = projects;
		this.welfare = welfare;
		this.ledgerFigures = ledgerFigures;
		this.projectFigures = projectFigures;
		this.welfareFigures = welfareFigures;
		this.clock = clock;
	}

	@GetMapping("/public/wards/{wardId}")
	String show(@PathVariable Long wardId, @RequestParam(required = false) Integer year, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year != null) ? year : thisYear;
		if (shown < RecordDates.FIRST_YEAR || shown > thisYear) {
			throw new PublicYearNotFoundException(shown);
		}
		model.addAttribute("ward", this.ledger.ward(wardId));
		LedgerYear ledgerYear = this.ledgerFigures.publicYear(wardId, shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", years(ledgerYear, shown, thisYear));
		model.addAttribute("ledgerYear", ledgerYear);
		model.addAttribute("moneySources", LedgerYear.Flows.MONEY_SOURCES);
		model.addAttribute("projectYear", this.projectFigures.publicYear(wardId, ledgerYear));
		model.addAttribute("welfareYear", this.welfareFigures.publicYear(wardId, shown));
		model.addAttribute("funds", this.ledger.funds(wardId));
		model.addAttribute("projects", this.projects.publicList(wardId));
		model.addAttribute("welfarePrograms", this.welfare.publicTotals(wardId));
		return "public/ward";
	}

	/**
	 * The years to choose from, newest first: from the earliest start of a fund with
	 * entries up to the year shown (or the year shown) to this year.
	 */
	private static List<Integer> years(LedgerYear ledger, int shown, int thisYear) {
		int first = shown;
		for (LedgerYear.FundLine line : ledger.funds()) {
			if (line.fund().startsOn() != null) {
				first = Math.min(first, line.fund().startsOn().getYear());
			}
		}
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear; y >= Math.max(first, RecordDates.FIRST_YEAR); y--) {
			years.add(y);
		}
		return years;
	}

	/** A year the public figures are not shown for (before 2000, or to come): 404. */
	static class PublicYearNotFoundException extends NotFoundException {

		PublicYearNotFoundException(int year) {
			super("public year", year);
		}

	}

}
