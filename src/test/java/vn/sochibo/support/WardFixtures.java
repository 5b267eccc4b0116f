package vn.sochibo.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.account.UserView;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.WardView;

/**
 * Builds a fresh ward for a test: two areas (A and B) with a cell each, and one user of
 * every ward role — the officer and the secretary scoped to area A.
 */
@TestComponent
public class WardFixtures {

	public static final String PASSWORD = "test-password-123";

	private final Accounts accounts;

	private final Areas areas;

	private final Cells cells;

	private final Households households;

	WardFixtures(Accounts accounts, Areas areas, Cells cells, Households households) {
		this.accounts = accounts;
		this.areas = areas;
		this.cells = cells;
		this.households = households;
	}

	public TestWard newWard() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser system = new CurrentUser(null, null, "test", Role.SYSTEM_ADMIN);
		WardView ward = this.accounts.createWard(system, new WardSettings("Phường Thử " + suffix, "Thành phố Cần Thơ",
				"Khu vực", "ĐẢNG BỘ PHƯỜNG THỬ " + suffix, "Thử"), "admin-" + suffix, "Quản trị " + suffix, PASSWORD);
		CurrentUser seed = new CurrentUser(null, ward.id(), "test", Role.WARD_ADMIN);
		LocalDate start = LocalDate.of(2020, 1, 1);
		AreaView areaA = this.areas.create(seed, new AreaDetails("A", "Khu vực A", start, null));
		AreaView areaB = this.areas.create(seed, new AreaDetails("B", "Khu vực B", start, null));
		CellView cellA = this.cells.create(seed,
				new CellDetails("Chi bộ A", "Bí thư A", start, null, Set.of(areaA.id())));
		CellView cellB = this.cells.create(seed,
				new CellDetails("Chi bộ B", "Bí thư B", start, null, Set.of(areaB.id())));
		CurrentUser admin = login("admin-" + suffix, ward.id(), Role.WARD_ADMIN);
		CurrentUser secretary = user(seed, "bithu-" + suffix, Role.CELL_SECRETARY, Set.of(), Set.of(cellA.id()));
		CurrentUser officer = user(seed, "canbo-" + suffix, Role.OFFICER, Set.of(areaA.id()), Set.of());
		CurrentUser officerB = user(seed, "canbob-" + suffix, Role.OFFICER, Set.of(areaB.id()), Set.of());
		CurrentUser inspector = user(seed, "thanhtra-" + suffix, Role.INSPECTOR, Set.of(), Set.of());
		return new TestWard(ward, areaA, areaB, cellA, cellB, admin, secretary, officer, officerB, inspector);
	}

	public HouseholdDetail household(TestWard ward, AreaView area, String headName) {
		return this.households.create(ward.admin(), new HouseholdDetails(null, headName,
				"1 hẻm 49-57 đường Trần Văn Khéo", "hẻm 49-57", area.id(), 4, "0909123456", null));
	}

	private CurrentUser user(CurrentUser seed, String username, Role role, Set<Long> areaIds, Set<Long> cellIds) {
		UserView view = this.accounts.create(seed,
				new UserDetailsCommand(username, "Người dùng " + username, role, areaIds, cellIds), PASSWORD);
		return new CurrentUser(view.id(), seed.wardId(), username, role);
	}

	private CurrentUser login(String username, Long wardId, Role role) {
		UserView view = this.accounts.list(new CurrentUser(null, wardId, "test", Role.WARD_ADMIN))
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(view.id(), wardId, username, role);
	}

	/**
	 * A ward built for one test class.
	 */
	public record TestWard(WardView ward, AreaView areaA, AreaView areaB, CellView cellA, CellView cellB,
			CurrentUser admin, CurrentUser secretary, CurrentUser officer, CurrentUser officerB,
			CurrentUser inspector) {

		public Long id() {
			return this.ward.id();
		}

		public List<CurrentUser> wardUsers() {
			return new ArrayList<>(List.of(this.admin, this.secretary, this.officer, this.officerB, this.inspector));
		}

	}

}
