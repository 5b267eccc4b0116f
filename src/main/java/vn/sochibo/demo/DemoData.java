package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.account.UserView;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * Demonstration data (profile {@code demo} only): Phường Cái Khế (Cần Thơ) with Khu vực 1
 * to 12 and a cell each, Khu vực 11 of seed story 1 with its alleys, a few hundred
 * households and the demo users. Written through the services, so the audit trail and
 * every rule apply; skipped when the ward already exists.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "sochibo-demo";

	static final String WARD_NAME = "Phường Cái Khế";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương",
			"Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Lâm", "Châu" };

	private static final String[] MIDDLE_MEN = { "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Công", "Đức", "Hoàng" };

	private static final String[] MIDDLE_WOMEN = { "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thu", "Bích", "Hồng" };

	private static final String[] GIVEN_MEN = { "Hùng", "Dũng", "Tâm", "Phúc", "Lộc", "Thọ", "Bình", "Cường", "Hải",
			"Khánh", "Nam", "Quang", "Sơn", "Tuấn", "Út", "Tài", "Nghĩa", "Trí", "Thắng", "Hiếu", "Đạt", "Vinh" };

	private static final String[] GIVEN_WOMEN = { "Lan", "Hoa", "Hạnh", "Nga", "Hương", "Linh", "Mai", "Oanh", "Phương",
			"Vân", "Xuân", "Yến", "Thảo", "Trang", "Diệu", "Nhung", "Hằng", "Loan", "Tuyết", "Ánh" };

	private static final String[] STREETS = { "đường Nguyễn Văn Cừ", "đường Cách Mạng Tháng Tám", "đường Trần Văn Khéo",
			"đường Hai Bà Trưng", "đường Nguyễn Trãi", "đường Mậu Thân" };

	private static final String[] KV11_ALLEYS = { "hẻm 49-57", "hẻm 9-15", "hẻm 27", "hẻm 71" };

	private final Wards wards;

	private final DemoPublicAddress address;

	private final Accounts accounts;

	private final Areas areas;

	private final Cells cells;

	private final Households households;

	private final DemoLedger ledger;

	private final DemoProjects projects;

	private final Random random = new Random(2025);

	DemoData(Wards wards, DemoPublicAddress address, Accounts accounts, Areas areas, Cells cells, Households households,
			DemoLedger ledger, DemoProjects projects) {
		this.ledger = ledger;
		this.projects = projects;
		this.wards = wards;
		this.address = address;
		this.accounts = accounts;
		this.areas = areas;
		this.cells = cells;
		this.households = households;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.wards.publicList().stream().anyMatch((ward) -> WARD_NAME.equals(ward.name()))) {
			logger.info("Demo data already present");
			this.address.giveToOlderWard(WARD_NAME);
			return;
		}
		CurrentUser system = new CurrentUser(null, null, "demo", Role.SYSTEM_ADMIN);
		WardView ward = this.accounts.createWard(system,
				this.address.settings(WARD_NAME, "Thành phố Cần Thơ", "Khu vực", "ĐẢNG BỘ PHƯỜNG CÁI KHẾ", "Cái Khế"),
				"admin", "Lê Thị Thu Hà", PASSWORD);
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);

		LocalDate start = LocalDate.of(2020, 1, 1);
		Map<Integer, AreaView> areasByNumber = new HashMap<>();
		Map<Integer, CellView> cellsByNumber = new HashMap<>();
		for (int n = 1; n <= 12; n++) {
			AreaView area = this.areas.create(admin, new AreaDetails("KV" + n, "Khu vực " + n, start, null));
			areasByNumber.put(n, area);
			String secretary = (n == 11) ? "Trần Văn Hùng" : personName(this.random.nextBoolean());
			cellsByNumber.put(n, this.cells.create(admin,
					new CellDetails("Chi bộ Khu vực " + n, secretary, start, null, Set.of(area.id()))));
		}
		AreaView kv11 = areasByNumber.get(11);
		UserView bithu = this.accounts.create(admin, new UserDetailsCommand("bithu", "Trần Văn Hùng",
				Role.CELL_SECRETARY, Set.of(), Set.of(cellsByNumber.get(11).id())), PASSWORD);
		UserView canbo = this.accounts.create(admin,
				new UserDetailsCommand("canbo", "Nguyễn Thị Mỹ Linh", Role.OFFICER, Set.of(kv11.id()), Set.of()),
				PASSWORD);
		this.accounts.create(admin,
				new UserDetailsCommand("thanhtra", "Phạm Quốc Bảo", Role.INSPECTOR, Set.of(), Set.of()), PASSWORD);

		int created = 0;
		List<HouseholdDetail> kv11Households = new ArrayList<>();
		for (int n = 1; n <= 12; n++) {
			int count = (n == 11) ? 96 : 18 + this.random.nextInt(10);
			for (int i = 0; i < count; i++) {
				HouseholdDetail household = createHousehold(admin, areasByNumber.get(n), n, i);
				if (n == 11) {
					kv11Households.add(household);
				}
				created++;
			}
		}
		CurrentUser officer = new CurrentUser(canbo.id(), ward.id(), "canbo", Role.OFFICER);
		CurrentUser secretary = new CurrentUser(bithu.id(), ward.id(), "bithu", Role.CELL_SECRETARY);
		this.projects.seed(officer, secretary, kv11, kv11Households);
		this.ledger.seed(officer, secretary, kv11, kv11Households);
		logger.info("Demo data: {} with 12 areas, 12 cells, {} households; users admin, bithu, canbo, thanhtra",
				WARD_NAME, created);
	}

	private HouseholdDetail createHousehold(CurrentUser admin, AreaView area, int areaNumber, int index) {
		boolean man = this.random.nextInt(100) < 60;
		String alley;
		String address;
		if (areaNumber == 11) {
			alley = KV11_ALLEYS[index % KV11_ALLEYS.length];
			address = (2 + 2 * (index / KV11_ALLEYS.length)) + "/" + alley.substring(4) + " đường Trần Văn Khéo";
		}
		else {
			String street = STREETS[(areaNumber + index) % STREETS.length];
			int alleyNumber = 10 + (areaNumber * 7 + index / 6) % 140;
			alley = "hẻm " + alleyNumber;
			address = (1 + index) + "/" + alleyNumber + " " + street;
		}
		HouseholdDetail household = this.households.create(admin, new HouseholdDetails(null, personName(man), address,
				alley, area.id(), 1 + this.random.nextInt(7), phone(), null));
		addStatuses(admin, household);
		return household;
	}

	private void addStatuses(CurrentUser admin, HouseholdDetail household) {
		int roll = this.random.nextInt(100);
		List<StatusDetails> statuses = new ArrayList<>();
		if (roll < 6) {
			statuses.add(status(2024, StatusKind.POOR, null));
			statuses.add(status(2025, StatusKind.POOR, null));
		}
		else if (roll < 9) {
			// Lifted out of poverty in 2025: poor in 2024, near-poor in 2025.
			statuses.add(status(2024, StatusKind.POOR, null));
			statuses.add(status(2025, StatusKind.NEAR_POOR, null));
		}
		else if (roll < 15) {
			statuses.add(status(2024, StatusKind.NEAR_POOR, null));
			statuses.add(status(2025, StatusKind.NEAR_POOR, null));
		}
		else if (roll < 24) {
			PolicySubtype subtype = PolicySubtype.values()[this.random.nextInt(5)];
			// Recorded once: a policy family stays one until an officer ends it.
			statuses.add(status(2024, StatusKind.POLICY_FAMILY, subtype));
		}
		else if (roll < 27) {
			statuses.add(status(2025, StatusKind.ELDERLY_ALONE, null));
		}
		else if (roll < 29) {
			statuses.add(status(2025, StatusKind.AGENT_ORANGE, null));
			statuses.add(status(2025, StatusKind.POLICY_FAMILY, PolicySubtype.AGENT_ORANGE_VETERAN));
		}
		else if (roll < 31) {
			statuses.add(status(2025, StatusKind.DISABILITY, null));
		}
		for (StatusDetails status : statuses) {
			this.households.addStatus(admin, household.id(), status);
		}
	}

	private static StatusDetails status(int year, StatusKind kind, PolicySubtype subtype) {
		boolean poverty = kind == StatusKind.POOR || kind == StatusKind.NEAR_POOR;
		String standard = poverty ? "Nghị định 07/2021/NĐ-CP" : null;
		String decision = poverty ? "QĐ số " + (year - 2000) + "/QĐ-UBND ngày 15/12/" + (year - 1) : null;
		return new StatusDetails(year, kind, subtype, standard, decision, null);
	}

	private String personName(boolean man) {
		String family = FAMILY[this.random.nextInt(FAMILY.length)];
		String middle = man ? MIDDLE_MEN[this.random.nextInt(MIDDLE_MEN.length)]
				: MIDDLE_WOMEN[this.random.nextInt(MIDDLE_WOMEN.length)];
		String given = man ? GIVEN_MEN[this.random.nextInt(GIVEN_MEN.length)]
				: GIVEN_WOMEN[this.random.nextInt(GIVEN_WOMEN.length)];
		return family + " " + middle + " " + given;
	}

	private String phone() {
		return (this.random.nextInt(100) < 70) ? "09" + (10000000 + this.random.nextInt(89999999)) : null;
	}

}
