package vn.sochibo.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.account.Accounts;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;

/**
 * What each user of the ward did — registers, ledger postings, prints — page by page, for
 * those who read audit trails: the ward admin and the inspector (who manages no user).
 * Another ward's user is not found.
 */
@Controller
@RequestMapping("/audit/users")
class UserTrailController {

	private final Accounts accounts;

	private final AuditTrail audit;

	UserTrailController(Accounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("users", this.accounts.listForAudit(user));
		return "users/trails";
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("user", this.accounts.getForAudit(user, id));
		model.addAttribute("actions", this.audit.byActor(user, id, page));
		return "users/trail";
	}

}
