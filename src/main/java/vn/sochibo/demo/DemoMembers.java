package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.MemberQuery;
import vn.sochibo.cellwork.MemberState;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

/**
 * The demo cells' Party members. Chi bộ Khu vực 11 of Cái Khế (seed story 1): 35 members
 * on its roll at the end of 2025, mostly retired — 30 elderly members, each the head of a
 * Khu vực 11 household, six of them exempt from activities for their age — three younger
 * full members, two probationary members admitted in 2025, one moved in during 2025 and
 * one who died in August 2025. Phường Chi Lăng (seed story 4): Chi bộ TDP 1 (40) and Chi
 * bộ TDP 3 (36), 76 together, mostly retired, and Chi bộ làng Ia Lang (11), put on the
 * roll by {@link DemoChiLang}. Cái Khế's run after its wards and households, before the
 * welfare that visits the elderly members; skipped when the cells already have members.
 */
@Component
@Profile("demo")
@Order(15)
class DemoMembers implements ApplicationRunner {

	static final String KV11_CELL = "Chi bộ Khu vực 11";

	private static final Logger logger = LoggerFactory.getLogger(DemoMembers.class);

	private static final LocalDate CELL_START = LocalDate.of(2020, 1, 1);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ",
			"Ngô", "Dương" };

	private static final String[] GIVEN_MEN = { "Thành", "Hòa", "Quý", "Sáu", "Tư", "Hưng", "Khải", "Lực", "Minh",
			"Nhân", "Phát", "Quế", "Tín", "Vĩnh", "Xuyên" };

	private static final String[] GIVEN_WOMEN = { "Lệ", "Hiền", "Mận", "Nguyệt", "Sương", "Thắm", "Uyên", "Vui", "Đào",
			"Gấm" };

	private static final String[] JRAI_FAMILY = { "Rơ Mah", "Siu", "Ksor", "Rơ Châm", "Kpă", "Nay", "Rơ Lan" };

	private static final String[] JRAI_GIVEN = { "Blui", "H'Nga", "Thương", "Phan", "Djiêu", "H'Luyến", "Khiêm", "Yơn",
			"Hyưm", "Nhơn", "Bla" };

	private final DemoWards demoWards;

	private final Cells cells;

	private final Households households;

	private final Members members;

	private final Random random = new Random(1930);

	DemoMembers(DemoWards demoWards, Cells cells, Households households, Members members) {
		this.demoWards = demoWards;
		this.cells = cells;
		this.households = households;
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoWards.named(DemoData.WARD_NAME).ifPresent(this::caiKhe);
	}

	private void caiKhe(WardView ward) {
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		CurrentUser secretary = this.demoWards.user(admin, "bithu");
		CellView cell = cell(admin, KV11_CELL);
		if (hasMembers(secretary, cell)) {
			return;
		}
		Long kv11 = cell.currentAreas().get(0).areaId();
		List<HouseholdSummary> all = kv11Households(secretary, kv11, null);
		Set<Long> withStatus = kv11Households(secretary, kv11, 2025).stream()
			.map(HouseholdSummary::id)
			.collect(Collectors.toSet());
		List<HouseholdSummary> homes = all.stream()
			.filter((household) -> !withStatus.contains(household.id()))
			.toList();
		// Thirty elderly members, each the head of a household of Khu vực 11 (every other
		// one
		// without a welfare status), who joined the Party between 1965 and 1984.
		int elderly = 0;
		for (int i = 0; i < homes.size() && elderly < 30; i += 2, elderly++) {
			HouseholdSummary home = homes.get(i);
			int birthYear = 1938 + this.random.nextInt(16);
			LocalDate joined = LocalDate.of(Math.max(1965, birthYear + 20 + this.random.nextInt(8)),
					1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
			joined = joined.getYear() > 1984 ? joined.withYear(1984) : joined;
			LocalDate exempt = (elderly < 6) ? LocalDate.of(2019 + elderly % 4, 3, 2) : null;
			register(secretary, cell,
					new MemberDetails(home.headName(), birthYear, sexOf(home.headName()), joined, joined.plusYears(1),
							null, null, exempt, (exempt != null) ? "Tuổi cao, sức yếu" : null, home.code(), null),
					CELL_START, null);
		}
		register(secretary, cell, details("Trần Văn Hùng", 1958, Sex.MALE, LocalDate.of(1982, 9, 2), null), CELL_START,
				null);
		register(secretary, cell, details("Nguyễn Thị Mỹ Linh", 1979, Sex.FEMALE, LocalDate.of(2008, 5, 19), null),
				CELL_START, null);
		register(secretary, cell, details("Lê Quốc Trung", 1985, Sex.MALE, LocalDate.of(2012, 2, 3), null),
				LocalDate.of(2025, 4, 10), "Chi bộ Khu vực 5, phường Tân An");
		register(
				secretary, cell, new MemberDetails("Phạm Thị Ngọc Hân", 1996, Sex.FEMALE, LocalDate.of(2025, 6, 18),
						null, LocalDate.of(2026, 6, 18), null, null, null, null, null),
				LocalDate.of(2025, 6, 18), null);
		register(secretary, cell, new MemberDetails("Võ Minh Khôi", 1999, Sex.MALE, LocalDate.of(2025, 9, 2), null,
				LocalDate.of(2026, 9, 2), null, null, null, null, null), LocalDate.of(2025, 9, 2), null);
		MemberView died = register(secretary, cell,
				details("Đặng Văn Quới", 1933, Sex.MALE, LocalDate.of(1955, 12, 22), LocalDate.of(2018, 3, 2)),
				CELL_START, null);
		this.members.leave(secretary, died.id(), MemberState.DIED, LocalDate.of(2025, 8, 14), null, died.version());
		logger.info("Demo members: 35 on the roll of {} at the end of 2025 (one died in August)", KV11_CELL);
	}

	/**
	 * Chi Lăng's members, once {@link DemoChiLang} has made its cells.
	 */
	void chiLang(WardView ward) {
		CurrentUser admin = this.demoWards.user(new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), "chilang");
		CellView tdp1 = cell(admin, "Chi bộ TDP 1");
		if (hasMembers(admin, tdp1)) {
			return;
		}
		townsfolk(admin, tdp1, 40, "Nguyễn Văn Thành", CELL_START, null);
		townsfolk(admin, cell(admin, "Chi bộ TDP 3"), 36, "Trần Thị Lệ", CELL_START, null);
		CellView village = cell(admin, "Chi bộ làng Ia Lang");
		for (int i = 0; i < 11; i++) {
			String name = (i == 0) ? "Rơ Mah Blui"
					: JRAI_FAMILY[i % JRAI_FAMILY.length] + " " + JRAI_GIVEN[i % JRAI_GIVEN.length];
			boolean woman = name.contains("H'");
			int birthYear = 1960 + this.random.nextInt(35);
			LocalDate joined = LocalDate.of(birthYear + 22 + this.random.nextInt(6), 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			register(admin, village, details(name, birthYear, woman ? Sex.FEMALE : Sex.MALE, joined, null), CELL_START,
					null);
		}
		logger.info("Demo members: 76 in Chi bộ TDP 1 and TDP 3, 11 in Chi bộ làng Ia Lang");
	}

	/**
	 * Khu phố 4 of Phường Bàn Cờ (seed story 2): 28 members, who came over on 01/07/2025
	 * from the cell of Khu phố 4 of the former Phường 2, Quận 3, when the ward was
	 * formed.
	 */
	void banCo(CurrentUser secretary, CellView kp4) {
		if (hasMembers(secretary, kp4)) {
			return;
		}
		townsfolk(secretary, kp4, 28, "Đặng Thị Thanh Tâm", LocalDate.of(2025, 7, 1),
				"Chi bộ Khu phố 4, Phường 2, Quận 3 (cũ)");
	}

	/**
	 * A town cell of mostly retired members: some of the oldest exempt from activities.
	 */
	private void townsfolk(CurrentUser admin, CellView cell, int count, String secretary, LocalDate since,
			String cameFrom) {
		for (int i = 0; i < count; i++) {
			boolean woman = (i == 0) ? secretary.contains("Thị") : this.random.nextInt(3) == 0;
			String name = (i == 0) ? secretary
					: FAMILY[this.random.nextInt(FAMILY.length)] + (woman ? " Thị " : " Văn ")
							+ (woman ? GIVEN_WOMEN : GIVEN_MEN)[this.random
								.nextInt(woman ? GIVEN_WOMEN.length : GIVEN_MEN.length)];
			int birthYear = (i < count * 4 / 5) ? 1940 + this.random.nextInt(22) : 1965 + this.random.nextInt(25);
			LocalDate joined = LocalDate.of(birthYear + 20 + this.random.nextInt(10), 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			LocalDate exempt = (i % 3 == 2 && birthYear < 1950) ? LocalDate.of(2020, 6, 1) : null;
			register(admin, cell, details(name, birthYear, woman ? Sex.FEMALE : Sex.MALE, joined, exempt), since,
					cameFrom);
		}
	}

	private static MemberDetails details(String name, int birthYear, Sex sex, LocalDate joined, LocalDate exempt) {
		return new MemberDetails(name, birthYear, sex, joined, joined.plusYears(1), null, null, exempt,
				(exempt != null) ? "Tuổi cao, sức yếu" : null, null, null);
	}

	private MemberView register(CurrentUser user, CellView cell, MemberDetails details, LocalDate since,
			String cameFrom) {
		LocalDate from = since.isBefore(details.joinedOn()) ? details.joinedOn() : since;
		return this.members.register(user, cell.id(), new NewMember(details, from, cameFrom));
	}

	private static Sex sexOf(String name) {
		return List.of(" Thị ", " Ngọc ", " Kim ", " Mỹ ", " Thu ", " Bích ", " Hồng ")
			.stream()
			.anyMatch(name::contains) ? Sex.FEMALE : Sex.MALE;
	}

	private CellView cell(CurrentUser user, String name) {
		return this.cells.list(user).stream().filter((cell) -> cell.name().equals(name)).findFirst().orElseThrow();
	}

	private boolean hasMembers(CurrentUser user, CellView cell) {
		return this.members.list(user, cell.id(), new MemberQuery(null, null), PageRequest.of(0, 1))
			.getTotalElements() > 0;
	}

	private List<HouseholdSummary> kv11Households(CurrentUser user, Long areaId, Integer year) {
		return this.households.list(user, new HouseholdQuery(null, areaId, null, year), PageRequest.of(0, 500))
			.getContent()
			.stream()
			.sorted(Comparator.comparing(HouseholdSummary::code))
			.toList();
	}

}
