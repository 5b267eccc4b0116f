package vn.sochibo.setup;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.account.Accounts;
import vn.sochibo.fund.Funds;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * What a ward admin sets up first, in order, each step done or not as the ward's data
 * says — read through the owning features' services.
 */
@Service
public class FirstSteps {

	private final Wards wards;

	private final Areas areas;

	private final Cells cells;

	private final Accounts accounts;

	private final Households households;

	private final Funds funds;

	FirstSteps(Wards wards, Areas areas, Cells cells, Accounts accounts, Households households, Funds funds) {
		this.wards = wards;
		this.areas = areas;
		this.cells = cells;
		this.accounts = accounts;
		this.households = households;
		this.funds = funds;
	}

	@Transactional(readOnly = true)
	public Checklist of(CurrentUser user) {
		user.require(Action.MANAGE_WARD);
		WardView ward = this.wards.current(user);
		boolean settings = present(ward.publicBaseUrl()) && present(ward.superiorBody()) && present(ward.unitLabel());
		boolean areas = !this.areas.list(user).isEmpty();
		boolean cells = this.cells.list(user).stream().anyMatch((cell) -> !cell.currentAreas().isEmpty());
		List<Step> steps = List.of(new Step("settings", "/settings", settings), new Step("areas", "/areas", areas),
				new Step("cells", "/cells", cells),
				new Step("users", "/users", this.accounts.hasOfficersOrSecretaries(user)),
				new Step("households", "/households", this.households.anyInWard(user)),
				new Step("funds", "/funds", this.funds.anyInWard(user)));
		return new Checklist(ward.unitLabel(), steps, !present(ward.publicBaseUrl()));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * The steps in the order they are done, with the ward's label of its units for the
	 * wording.
	 *
	 * @param publicAddressMissing whether the ward has no public address yet (its QR
	 * codes then use the address the page was opened at)
	 */
	public record Checklist(String unitLabel, List<Step> steps, boolean publicAddressMissing) {

		public boolean done() {
			return this.steps.stream().allMatch(Step::done);
		}

	}

	/**
	 * One step: its name (a message key part), where it is done, and whether it is.
	 */
	public record Step(String name, String link, boolean done) {
	}

}
