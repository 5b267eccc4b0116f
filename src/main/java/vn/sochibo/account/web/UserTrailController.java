package vn.sochibo.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserView;
import vn.sochibo.audit.AuditRows;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Wards;

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

	private final Wards wards;

	private final XlsxDownloads xlsx;

	UserTrailController(Accounts accounts, AuditTrail audit, Wards wards, XlsxDownloads xlsx) {
		this.accounts = accounts;
		this.audit = audit;
		this.wards = wards;
		this.xlsx = xlsx;
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

	/**
	 * Everything the user did as .xlsx, newest first as on the trail's pages (all of it,
	 * not one page), with the time in Vietnam's time.
	 */
	@GetMapping("/{id}/export.xlsx")
	void export(CurrentUser user, @PathVariable Long id, HttpServletResponse response) {
		UserView actor = this.accounts.getForAudit(user, id);
		XlsxTable table = this.xlsx.table(response, "nhat-ky", this.wards.current(user).name(),
				this.xlsx.message("trail.title", actor.username()), List.of(actor.fullName()),
				this.xlsx.columns(AuditRows.HEADER_KEYS, 16, 14, 24, 18, 20, 30, 30));
		this.audit.forEachByActor(user, id, (e) -> table.row(AuditRows.cells(e, this.xlsx::messageOr)));
		table.finish();
	}

}
