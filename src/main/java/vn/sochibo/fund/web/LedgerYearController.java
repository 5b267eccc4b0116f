package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.Ledger;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * Closing a past year of the ward's ledger.
 */
@Controller
@RequestMapping("/ledger/years")
class LedgerYearController {

	private final Ledger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	LedgerYearController(Ledger ledger, AuditTrail audit, Clock clock) {
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		user.require(Action.READ);
		model.addAttribute("closedYears", this.ledger.closedYears(user));
		model.addAttribute("history",
				this.audit.history(user.requireWard(), Ledger.YEARS_ENTITY, user.requireWard(), page));
		model.addAttribute("lastYear", Year.now(this.clock).getValue() - 1);
		return "funds/years";
	}

	@PostMapping
	String close(CurrentUser user, @RequestParam int year, RedirectAttributes redirect) {
		try {
			this.ledger.closeYear(user, year);
			redirect.addFlashAttribute("message", "ledger.closed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorMessage", ex.messageKey());
		}
		return "redirect:/ledger/years";
	}

}
