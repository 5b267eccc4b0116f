package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import vn.sochibo.audit.AuditRows;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.FundEdit;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.StaffEntryView;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.shared.XlsxDownloads;
import vn.sochibo.shared.XlsxTable;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Wards;

@Controller
@RequestMapping("/funds")
class FundController {

	static final int PAGE_SIZE = 50;

	private final Funds funds;

	private final Ledger ledger;

	private final Areas areas;

	private final AuditTrail audit;

	private final Households households;

	private final Clock clock;

	private final Wards wards;

	private final XlsxDownloads xlsx;

	FundController(Funds funds, Ledger ledger, Areas areas, AuditTrail audit, Households households, Clock clock,
			Wards wards, XlsxDownloads xlsx) {
		this.wards = wards;
		this.xlsx = xlsx;
		this.households = households;
		this.funds = funds;
		this.ledger = ledger;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("funds", this.funds.list(user));
		return "funds/list";
	}

	/**
	 * The funds list as .xlsx: every fund the user reads, with its totals.
	 */
	@GetMapping("/export.xlsx")
	void export(CurrentUser user, HttpServletResponse response) {
		List<FundSummary> funds = this.funds.list(user);
		XlsxTable table = this.xlsx.table(response, "quy", this.wards.current(user).name(),
				this.xlsx.message("fund.list.title"), List.of(),
				List.of(this.xlsx.column("fund.name", 36), this.xlsx.column("export.fund.kind", 16),
						this.xlsx.column("fund.startsOn", 12), this.xlsx.column("fund.endsOn", 12),
						this.xlsx.column("fund.target", 18), this.xlsx.column("fund.raised", 18),
						this.xlsx.column("fund.inKind", 18), this.xlsx.column("fund.spent", 18),
						this.xlsx.column("fund.balance", 18), this.xlsx.column("fund.pledged", 18),
						this.xlsx.column("export.fund.entries", 10)));
		for (FundSummary f : funds) {
			table.row(f.name(), this.xlsx.message("fund.kind." + f.kind()), f.startsOn(), f.endsOn(), f.target(),
					f.raised(), f.inKind(), f.spent(), f.balance(), f.pledged(), f.entryCount());
		}
		table.finish();
	}

	@GetMapping("/{id}")
	String show(CurrentUser user, @PathVariable Long id, @RequestParam(required = false) Integer before,
			@RequestParam(defaultValue = "0") int page, Model model) {
		FundSummary fund = this.funds.get(user, id);
		List<StaffEntryView> entries = this.ledger.staffPage(user, id, before, PAGE_SIZE + 1);
		boolean more = entries.size() > PAGE_SIZE;
		List<StaffEntryView> shown = more ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("fund", fund);
		model.addAttribute("entries", shown);
		model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).entry().seq() : null);
		model.addAttribute("areaNames", areaNames(user));
		model.addAttribute("history", this.audit.historyWithParts(user.requireWard(), Funds.ENTITY, id, page));
		return "funds/detail";
	}

	/**
	 * The fund's whole ledger as .xlsx, newest first as on its page: every entry, the
	 * real names only of the user's areas.
	 */
	@GetMapping("/{id}/entries/export.xlsx")
	void exportEntries(CurrentUser user, @PathVariable Long id, HttpServletResponse response) {
		FundSummary fund = this.funds.get(user, id);
		Map<Long, String> areaNames = areaNames(user);
		XlsxTable table = this.xlsx.table(response, "so-thu-chi", this.wards.current(user).name(),
				this.xlsx.message("entry.list.title"), List.of(fund.name()),
				List.of(this.xlsx.column("entry.seq", 8), this.xlsx.column("entry.date", 12),
						this.xlsx.column("entry.kind", 18), this.xlsx.column("entry.method", 14),
						this.xlsx.column("entry.contributor", 30), this.xlsx.column("entry.contributorName", 28),
						this.xlsx.column("export.entry.details", 40), this.xlsx.column("entry.area", 16),
						this.xlsx.column("entry.amount", 18), this.xlsx.column("entry.receipt", 14),
						this.xlsx.column("export.entry.reversed", 12)));
		this.ledger.forEachForStaff(user, id, (view) -> {
			var e = view.entry();
			boolean outgoing = e.kind() == EntryKind.EXPENDITURE || e.kind() == EntryKind.REVERSAL;
			String details = Stream
				.of(e.purpose(), e.description(),
						(e.reason() != null) ? this.xlsx.message("entry.reasonShown", e.reason()) : null)
				.filter(Objects::nonNull)
				.collect(Collectors.joining("; "));
			table.row(e.seq(), e.date(), this.xlsx.message("entryKind." + e.kind()),
					(e.method() != null) ? this.xlsx.message("method." + e.method()) : null, e.displayName(),
					(view.contributorName() != null && !view.contributorName().equals(e.displayName()))
							? view.contributorName() : null,
					details.isEmpty() ? null : details, (e.areaId() != null) ? areaNames.get(e.areaId()) : null,
					outgoing ? e.amount().negate() : e.amount(),
					(e.receiptNo() != null) ? "%06d/%d".formatted(e.receiptNo(), e.receiptYear()) : null,
					view.reversed());
		});
		table.finish();
	}

	/**
	 * The fund's whole history as .xlsx — its own changes and those of its entries, lists
	 * and prints, newest first as on its page.
	 */
	@GetMapping("/{id}/history/export.xlsx")
	void exportHistory(CurrentUser user, @PathVariable Long id, HttpServletResponse response) {
		FundSummary fund = this.funds.get(user, id);
		XlsxTable table = this.xlsx.table(response, "lich-su-quy", this.wards.current(user).name(),
				this.xlsx.message("fund.history"), List.of(fund.name()),
				this.xlsx.columns(AuditRows.HEADER_KEYS, 16, 14, 28, 18, 20, 30, 30));
		this.audit.forEachInHistory(user.requireWard(), Funds.ENTITY, id, true,
				(e) -> table.row(AuditRows.cells(e, this.xlsx::messageOr)));
		table.finish();
	}

	@GetMapping("/new")
	String showCreateForm(CurrentUser user, Model model) {
		user.require(Action.APPROVE);
		FundForm form = new FundForm();
		form.setStartsOn(LocalDate.now(this.clock));
		model.addAttribute("fundForm", form);
		return form(user, model);
	}

	@PostMapping("/new")
	String create(CurrentUser user, @Valid @ModelAttribute("fundForm") FundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			FundSummary fund = this.funds.create(user, FundKind.CAMPAIGN, form.toDetails());
			redirect.addFlashAttribute("message", "fund.created");
			return "redirect:/funds/" + fund.id();
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(CurrentUser user, @PathVariable Long id, Model model) {
		FundEdit edit = this.funds.getForEdit(user, id);
		model.addAttribute("fundForm", FundForm.of(edit.fund(), edit.areaIds(), edit.version()));
		model.addAttribute("fundId", id);
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	String update(CurrentUser user, @PathVariable Long id, @Valid @ModelAttribute("fundForm") FundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		user.require(Action.APPROVE);
		model.addAttribute("fundId", id);
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.funds.update(user, id, form.toDetails(), form.getVersion());
			redirect.addFlashAttribute("message", "fund.updated");
			return "redirect:/funds/" + id;
		}
		catch (RuleViolationException ex) {
			ex.addTo(result);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("areaOptions", this.households.areaLabelsInScope(user));
		return "funds/form";
	}

	private Map<Long, String> areaNames(CurrentUser user) {
		return this.areas.list(user).stream().collect(java.util.stream.Collectors.toMap(AreaView::id, AreaView::name));
	}

}
