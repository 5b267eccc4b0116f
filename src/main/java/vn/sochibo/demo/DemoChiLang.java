package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.List;
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
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.AreaKind;
import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.Candidate;
import vn.sochibo.welfare.DistributionOrder;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Seed story 4 (profile {@code demo} only): Phường Chi Lăng (Pleiku, Gia Lai) in 2022,
 * where Chi bộ TDP 1 and Chi bộ TDP 3 twinned with Chi bộ làng Ia Lang, a Jrai village
 * with 8 poor and 6 near-poor households, and gave those 14 households gifts worth
 * 10.000.000 đ. Its own ward with its own admin ({@code chilang}), written through the
 * services; skipped when the ward already exists.
 */
@Component
@Profile("demo")
@Order(30)
class DemoChiLang implements ApplicationRunner {

	static final String WARD_NAME = "Phường Chi Lăng";

	private static final Logger logger = LoggerFactory.getLogger(DemoChiLang.class);

	private static final int YEAR = 2022;

	private static final String VILLAGE = "Làng Ia Lang";

	private static final List<String> POOR = List.of("Rơ Mah H'Bia", "Siu Nay", "Ksor Thuận", "Puih Hlin",
			"Rơ Châm Blơng", "Kpă H'Nơi", "Rahlan Phơ", "Nay H'Yuen");

	private static final List<String> NEAR_POOR = List.of("Siu Jơn", "Rơ Mah Hyơ", "Ksor H'Bơn", "Puih Thiêm",
			"Kpuih Djơl", "Rơ Châm H'Lưu");

	private static final List<String> VILLAGERS = List.of("Rơ Mah Blui", "Siu H'Nhi", "Ksor Kheo", "Rahlan H'Ly",
			"Nay Djuh", "Puih H'Mai", "Kpă Tơi", "Rơ Châm Yơk", "Siu H'Prăk", "Ksor Hiăp");

	private static final List<String> TOWNSFOLK = List.of("Nguyễn Văn Thành", "Trần Thị Lệ", "Lê Quang Vinh",
			"Phạm Thị Hồng", "Hoàng Văn Khải", "Đỗ Thị Thanh Hương", "Võ Đức Thắng", "Bùi Thị Ngọc Lan", "Đặng Văn Sơn",
			"Huỳnh Thị Mai", "Phan Văn Lực", "Ngô Thị Thu", "Trương Công Định", "Lý Thị Bích", "Dương Văn Toàn",
			"Châu Thị Hạnh", "Hồ Văn Tâm", "Lâm Thị Yến", "Nguyễn Hữu Phước", "Trần Minh Đức", "Lê Thị Kim Oanh",
			"Phạm Văn Hải", "Mai Thị Xuân", "Vũ Văn Cường");

	private final Wards wards;

	private final DemoPublicAddress address;

	private final Accounts accounts;

	private final Areas areas;

	private final Cells cells;

	private final Households households;

	private final WelfarePrograms programs;

	private final Distributions distributions;

	private final Random random = new Random(2022);

	private final DemoMembers members;

	DemoChiLang(Wards wards, DemoPublicAddress address, Accounts accounts, Areas areas, Cells cells,
			Households households, WelfarePrograms programs, Distributions distributions, DemoMembers members) {
		this.members = members;
		this.wards = wards;
		this.address = address;
		this.accounts = accounts;
		this.areas = areas;
		this.cells = cells;
		this.households = households;
		this.programs = programs;
		this.distributions = distributions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.wards.publicList().stream().anyMatch((ward) -> WARD_NAME.equals(ward.name()))) {
			logger.info("Demo data of {} already present", WARD_NAME);
			this.address.giveToOlderWard(WARD_NAME);
			return;
		}
		CurrentUser system = new CurrentUser(null, null, "demo", Role.SYSTEM_ADMIN);
		WardView ward = this.accounts.createWard(system,
				this.address.settings(WARD_NAME, "Tỉnh Gia Lai", "Tổ dân phố", "ĐẢNG BỘ PHƯỜNG CHI LĂNG", "Chi Lăng"),
				"chilang", "Nguyễn Thị Thu Trang", DemoData.PASSWORD);
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);

		LocalDate start = LocalDate.of(2020, 1, 1);
		AreaView tdp1 = this.areas.create(admin, new AreaDetails("TDP1", "TDP 1", start, null));
		AreaView tdp3 = this.areas.create(admin, new AreaDetails("TDP3", "TDP 3", start, null));
		AreaView village = this.areas.create(admin, new AreaDetails("IALANG", VILLAGE, AreaKind.LANG, start, null));
		this.cells.create(admin, new CellDetails("Chi bộ TDP 1", "Nguyễn Văn Thành", start, null, Set.of(tdp1.id())));
		this.cells.create(admin, new CellDetails("Chi bộ TDP 3", "Trần Thị Lệ", start, null, Set.of(tdp3.id())));
		this.cells.create(admin,
				new CellDetails("Chi bộ làng Ia Lang", "Rơ Mah Blui", start, null, Set.of(village.id())));

		int created = 0;
		for (int i = 0; i < TOWNSFOLK.size(); i++) {
			boolean first = i % 2 == 0;
			String street = first ? "đường Lê Duẩn" : "đường Trường Chinh";
			int number = 12 + 8 * i + this.random.nextInt(6);
			this.households.create(admin, new HouseholdDetails(null, TOWNSFOLK.get(i), number + " " + street, null,
					first ? tdp1.id() : tdp3.id(), 2 + this.random.nextInt(5), phone(), null));
			created++;
		}
		for (String name : POOR) {
			HouseholdDetail household = villager(admin, village, name);
			this.households.addStatus(admin, household.id(), poverty(StatusKind.POOR));
			created++;
		}
		for (String name : NEAR_POOR) {
			HouseholdDetail household = villager(admin, village, name);
			this.households.addStatus(admin, household.id(), poverty(StatusKind.NEAR_POOR));
			created++;
		}
		for (String name : VILLAGERS) {
			villager(admin, village, name);
			created++;
		}
		twinning(admin, village);
		this.members.chiLang(ward);
		logger.info("Demo data: {} with TDP 1, TDP 3, làng Ia Lang, {} households; user chilang", WARD_NAME, created);
	}

	private HouseholdDetail villager(CurrentUser admin, AreaView village, String name) {
		return this.households.create(admin,
				new HouseholdDetails(null, name, VILLAGE, null, village.id(), 3 + this.random.nextInt(5), null, null));
	}

	/**
	 * The twinning's gifts: the members of the two town cells give 10.000.000 đ in 14
	 * packages, more to a poor household than to a near-poor one (8 × 800.000 đ + 6 ×
	 * 600.000 đ), on the day the twinning is signed in the village.
	 */
	private void twinning(CurrentUser admin, AreaView village) {
		Set<Long> areaIds = Set.of(village.id());
		LocalDate day = LocalDate.of(YEAR, 4, 22);
		ProgramView program = this.programs.create(admin,
				new ProgramDetails("Kết nghĩa – tặng quà hộ nghèo, cận nghèo làng Ia Lang 2022", Occasion.OTHER, YEAR,
						day, Set.of(StatusKind.POOR, StatusKind.NEAR_POOR), Money.of(10_000_000), ProgramSource.SPONSOR,
						null, null, "Đảng viên Chi bộ TDP 1 và Chi bộ TDP 3",
						"Chi bộ TDP 1 và Chi bộ TDP 3 (76 đảng viên) kết nghĩa với Chi bộ làng Ia Lang (11 đảng viên): "
								+ "5 nội dung phối hợp; mục tiêu giúp 3 hộ nghèo và 3 hộ cận nghèo thoát nghèo "
								+ "giai đoạn 2022–2025.",
						areaIds, null));
		String delivered = "Đoàn công tác Chi bộ TDP 1 và Chi bộ TDP 3";
		give(admin, program, StatusKind.POOR, areaIds, new GiftDetails(GiftItem.GIFT_PACKAGE,
				"Gạo, dầu ăn, muối, mì tôm và tiền mặt", 1, Money.of(800_000), day, delivered, null));
		give(admin, program, StatusKind.NEAR_POOR, areaIds, new GiftDetails(GiftItem.GIFT_PACKAGE,
				"Gạo, dầu ăn, muối, mì tôm và tiền mặt", 1, Money.of(600_000), day, delivered, null));
	}

	private void give(CurrentUser admin, ProgramView program, StatusKind status, Set<Long> areaIds, GiftDetails gift) {
		List<Long> chosen = this.distributions.candidates(admin, program.id(), Set.of(status), areaIds)
			.stream()
			.map(Candidate::householdId)
			.toList();
		DistributionView distribution = this.distributions.post(admin,
				new DistributionOrder(program.id(), Set.of(status), areaIds, chosen, Set.of(), gift));
		this.distributions.signed(admin, distribution.id(), gift.date(), null);
	}

	private static StatusDetails poverty(StatusKind kind) {
		return new StatusDetails(YEAR, kind, null, "Nghị định 07/2021/NĐ-CP", "QĐ số 22/QĐ-UBND ngày 15/12/2021", null);
	}

	private String phone() {
		return (this.random.nextInt(100) < 70) ? "09" + (10000000 + this.random.nextInt(89999999)) : null;
	}

}
