package vn.sochibo.welfare.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.LoanReferrals;

/**
 * Everything a household received over the years (gifts and support, and loan referrals),
 * linked from the household's page.
 */
@Controller
class HouseholdWelfareController {

	private final Gifts gifts;

	private final LoanReferrals loans;

	HouseholdWelfareController(Gifts gifts, LoanReferrals loans) {
		this.gifts = gifts;
		this.loans = loans;
	}

	@GetMapping("/welfare/households/{id}")
	String show(CurrentUser user, @PathVariable Long id, Model model) {
		model.addAttribute("welfare", this.gifts.ofHousehold(user, id));
		model.addAttribute("loans", this.loans.ofHousehold(user, id));
		return "welfare/households/detail";
	}

}
