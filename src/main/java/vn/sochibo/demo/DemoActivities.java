package vn.sochibo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityDetails;
import vn.sochibo.cellwork.ActivityFigures;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.ActivityView;
import vn.sochibo.cellwork.MemberRoll;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NamedPerson;
import vn.sochibo.cellwork.OutputUnit;
import vn.sochibo.cellwork.RollMember;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

/**
 * Chi bộ Khu vực 11's community activities of 2025 (seed story 1), recorded by its
 * secretary through {@link Activities}, so every rule and the audit trail apply: "rác
 * đúng giờ" once a month (a series), two days of urban order, three Sundays cleaning the
 * alleys (Ngày Chủ nhật xanh, a series), the security cameras (8), the new flags (120)
 * and the fire extinguishers (30). Members are taken from the roll of each day (never an
 * exempt one), with ward cadres and residents counted by head. Skipped when the cell
 * already has activities in 2025.
 */
@Component
@Profile("demo")
@Order(62)
class DemoActivities implements ApplicationRunner {

	static final int YEAR = 2025;

	private static final Logger logger = LoggerFactory.getLogger(DemoActivities.class);

	private static final List<NamedPerson> CADRES = List.of(
			new NamedPerson("Nguyễn Hoàng Nam", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc phường", null),
			new NamedPerson("Trương Thị Kim Thoa", "Chủ tịch Hội Liên hiệp Phụ nữ phường", null),
			new NamedPerson("Lâm Quốc Việt", "Bí thư Đoàn phường", null),
			new NamedPerson("Huỳnh Văn Lộc", "Công an phường, phụ trách Khu vực 11", null),
			new NamedPerson("Đoàn Minh Tuấn", "Cán bộ địa chính – xây dựng – đô thị và môi trường phường", null));

	private final DemoWards demoWards;

	private final Cells cells;

	private final Members members;

	private final Activities activities;

	private final Random random = new Random(2025_11);

	DemoActivities(DemoWards demoWards, Cells cells, Members members, Activities activities) {
		this.demoWards = demoWards;
		this.cells = cells;
		this.members = members;
		this.activities = activities;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoWards.named(DemoData.WARD_NAME).ifPresent(this::caiKhe);
	}

	private void caiKhe(WardView ward) {
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		CurrentUser secretary = this.demoWards.user(admin, "bithu");
		CellView cell = this.cells.list(secretary)
			.stream()
			.filter((candidate) -> candidate.name().equals(DemoMembers.KV11_CELL))
			.findFirst()
			.orElse(null);
		if (cell == null || this.activities.year(secretary, cell.id(), YEAR).total().activities() > 0) {
			return;
		}
		Long area = cell.currentAreas().get(0).areaId();
		MemberRoll roll = this.members.roll(secretary, cell.id(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
		Long wasteSeries = null;
		for (int month = 1; month <= 12; month++) {
			LocalDate day = LocalDate.of(YEAR, month, 1).plusDays(4);
			ActivityView waste = record(secretary, cell, roll,
					new Plan(ActivityKind.WASTE_ON_TIME, "Vận động bỏ rác đúng giờ, đúng nơi – tháng " + month, day,
							null, area, 9, 2, 25 + this.random.nextInt(20),
							Map.of(OutputUnit.WASTE_KG, BigDecimal.valueOf(180 + this.random.nextInt(120)),
									OutputUnit.PROPAGANDA_SESSIONS, BigDecimal.valueOf(30 + this.random.nextInt(20))),
							wasteSeries, (wasteSeries == null) ? "Rác đúng giờ 2025 (hằng tháng)" : null));
			wasteSeries = waste.seriesId();
		}
		record(secretary, cell, roll,
				new Plan(ActivityKind.URBAN_ORDER, "Ra quân lập lại trật tự đô thị, lòng lề đường hẻm 49-57",
						LocalDate.of(YEAR, 3, 22), null, area, 14, 3, 40,
						Map.of(OutputUnit.PROPAGANDA_SESSIONS, BigDecimal.valueOf(65)), null, null));
		record(secretary, cell, roll,
				new Plan(ActivityKind.URBAN_ORDER, "Trật tự đô thị: vận động tháo dỡ mái che lấn chiếm hẻm 71",
						LocalDate.of(YEAR, 10, 18), null, area, 11, 2, 30,
						Map.of(OutputUnit.PROPAGANDA_SESSIONS, BigDecimal.valueOf(48)), null, null));
		Long greenSeries = null;
		String[] alleys = { "hẻm 49-57", "hẻm 9-15", "hẻm 27" };
		int[] months = { 4, 7, 12 };
		for (int i = 0; i < alleys.length; i++) {
			ActivityView green = record(secretary, cell, roll,
					new Plan(ActivityKind.GREEN_SUNDAY, "Ngày Chủ nhật xanh: vệ sinh " + alleys[i],
							LocalDate.of(YEAR, months[i], 1).plusDays(5 - i), null, area, 16, 3, 55 + 10 * i,
							Map.of(OutputUnit.WASTE_KG, BigDecimal.valueOf(600 + 150 * i), OutputUnit.WORKING_DAYS,
									BigDecimal.valueOf(70 + 10 * i)),
							greenSeries, (greenSeries == null) ? "Ngày Chủ nhật xanh – vệ sinh hẻm 2025" : null));
			greenSeries = green.seriesId();
		}
		record(secretary, cell, roll,
				new Plan(ActivityKind.SECURITY_CAMERAS, "Lắp camera an ninh các hẻm (nguồn xã hội hóa)",
						LocalDate.of(YEAR, 5, 10), LocalDate.of(YEAR, 5, 24), area, 6, 1, 8, Map.of(OutputUnit.CAMERAS,
								BigDecimal.valueOf(8), OutputUnit.WORKING_DAYS, BigDecimal.valueOf(12)),
						null, null));
		record(secretary, cell, roll,
				new Plan(ActivityKind.FLAG_REPLACEMENT, "Thay cờ Tổ quốc mừng Quốc khánh 2/9",
						LocalDate.of(YEAR, 8, 24), null, area, 10, 1, 20,
						Map.of(OutputUnit.FLAGS, BigDecimal.valueOf(120)), null, null));
		record(secretary, cell, roll,
				new Plan(ActivityKind.FIRE_SAFETY, "Trang bị bình chữa cháy cho các hộ trong hẻm và tập huấn PCCC",
						LocalDate.of(YEAR, 10, 4), null, area, 12, 2, 35,
						Map.of(OutputUnit.FIRE_EXTINGUISHERS, BigDecimal.valueOf(30)), null, null));
		ActivityFigures total = this.activities.year(secretary, cell.id(), YEAR).total();
		logger.info("Demo activities: {} in {} of {}; members {} people / {} lượt, all {} / {} lượt",
				total.activities(), DemoMembers.KV11_CELL, YEAR, total.members().people(),
				total.members().participations(), total.total().people(), total.total().participations());
	}

	/**
	 * One activity: {@code members} members of the day's roll who are not exempt (some of
	 * them the same as last time), {@code cadres} of the ward's cadres, a head count of
	 * residents and the outputs.
	 */
	private record Plan(ActivityKind kind, String title, LocalDate startsOn, LocalDate endsOn, Long areaId, int members,
			int cadres, int residents, Map<OutputUnit, BigDecimal> outputs, Long seriesId, String newSeriesTitle) {
	}

	private ActivityView record(CurrentUser secretary, CellView cell, MemberRoll roll, Plan plan) {
		List<RollMember> active = new ArrayList<>(
				roll.on(plan.startsOn()).stream().filter((member) -> !member.exempt()).toList());
		java.util.Collections.shuffle(active, this.random);
		Set<Long> memberIds = new LinkedHashSet<>();
		active.stream().limit(plan.members()).forEach((member) -> memberIds.add(member.id()));
		List<NamedPerson> cadres = new ArrayList<>(CADRES);
		java.util.Collections.shuffle(cadres, this.random);
		List<NamedPerson> residents = List.of(new NamedPerson("Nguyễn Văn Bảy", null, null),
				new NamedPerson("Trần Thị Mười", null, null));
		return this.activities.create(secretary, cell.id(),
				new ActivityDetails(plan.kind(), null, plan.title(), plan.startsOn(), plan.endsOn(),
						Set.of(plan.areaId()), Set.of(), "Ban điều hành khu vực, Tổ tự quản", plan.seriesId(),
						plan.newSeriesTitle(), memberIds, cadres.subList(0, plan.cadres()),
						(plan.kind() == ActivityKind.GREEN_SUNDAY) ? residents : List.of(), plan.residents(),
						plan.outputs(), null));
	}

}
