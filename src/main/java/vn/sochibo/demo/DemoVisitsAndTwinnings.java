package vn.sochibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.FollowUp;
import vn.sochibo.cellwork.JointActivity;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.RecommendationDetails;
import vn.sochibo.cellwork.RecommendationStatus;
import vn.sochibo.cellwork.RollMember;
import vn.sochibo.cellwork.TargetDetails;
import vn.sochibo.cellwork.TwinningDetails;
import vn.sochibo.cellwork.TwinningStatus;
import vn.sochibo.cellwork.TwinningTargetKind;
import vn.sochibo.cellwork.TwinningView;
import vn.sochibo.cellwork.Twinnings;
import vn.sochibo.cellwork.VisitDetails;
import vn.sochibo.cellwork.VisitView;
import vn.sochibo.cellwork.Visitor;
import vn.sochibo.cellwork.Visits;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Seed stories 1 and 4, the cell-work part (profile {@code demo} only): Chi bộ Khu vực 11
 * of Cái Khế receives the ward's Party secretary in 2025, whose recommendations
 * (fire-safety group, security cameras, garbage at the right time) are followed up, two
 * closed and one still open; Phường Chi Lăng's Chi bộ TDP 1 and TDP 3 twin with Chi bộ
 * làng Ia Lang for 2022–2025 with the five contents, the target "3 poor and 3 near-poor
 * households out of poverty" measured on the register (the village's later statuses are
 * recorded here), the 14 gifts' program linked, and two twinnings planned for 2023. All
 * through the services, as the ward's own users; each part skipped when it exists.
 */
@Component
@Profile("demo")
@Order(64)
class DemoVisitsAndTwinnings implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoVisitsAndTwinnings.class);

	private static final String KV11_CELL = "Chi bộ Khu vực 11";

	private static final String GIFTS = "Kết nghĩa – tặng quà hộ nghèo, cận nghèo làng Ia Lang 2022";

	private static final String VILLAGE = "Làng Ia Lang";

	/** The village's poor households of 2022 (DemoChiLang), in its order. */
	private static final List<String> POOR = List.of("Rơ Mah H'Bia", "Siu Nay", "Ksor Thuận", "Puih Hlin",
			"Rơ Châm Blơng", "Kpă H'Nơi", "Rahlan Phơ", "Nay H'Yuen");

	private static final List<String> NEAR_POOR = List.of("Siu Jơn", "Rơ Mah Hyơ", "Ksor H'Bơn", "Puih Thiêm",
			"Kpuih Djơl", "Rơ Châm H'Lưu");

	private final DemoWards demoWards;

	private final Cells cells;

	private final Areas areas;

	private final Members members;

	private final Visits visits;

	private final Twinnings twinnings;

	private final Households households;

	private final WelfarePrograms programs;

	private final Clock clock;

	DemoVisitsAndTwinnings(DemoWards demoWards, Cells cells, Areas areas, Members members, Visits visits,
			Twinnings twinnings, Households households, WelfarePrograms programs, Clock clock) {
		this.clock = clock;
		this.demoWards = demoWards;
		this.cells = cells;
		this.areas = areas;
		this.members = members;
		this.visits = visits;
		this.twinnings = twinnings;
		this.households = households;
		this.programs = programs;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoWards.named(DemoData.WARD_NAME).ifPresent(this::caiKhe);
		this.demoWards.named(DemoChiLang.WARD_NAME).ifPresent(this::chiLang);
	}

	private void caiKhe(WardView ward) {
		CurrentUser admin = this.demoWards.user(new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), "admin");
		CurrentUser secretary = this.demoWards.user(admin, "bithu");
		CellView cell = cell(secretary, KV11_CELL);
		if (cell == null) {
			return;
		}
		if (this.visits.list(secretary, cell.id(), PageRequest.of(0, 1)).getTotalElements() > 0) {
			logger.info("Demo visits already present");
			return;
		}
		LocalDate day = LocalDate.of(2025, 3, 14);
		List<RollMember> roll = this.members.roll(secretary, cell.id(), day, day).on(day);
		Long organiser = roll.isEmpty() ? null : roll.get(0).id();
		VisitView visit = this.visits.record(secretary, cell.id(), new VisitDetails(day,
				List.of(new Visitor(DemoMeetings.GUEST_NAME, "Bí thư Đảng ủy phường", "Đảng ủy phường Cái Khế"),
						new Visitor("Đồng chí Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường",
								"Ủy ban MTTQ Việt Nam phường Cái Khế")),
				"Kế hoạch số 12-KH/ĐU của Đảng ủy phường: Thường trực Đảng ủy làm việc với các chi bộ khu vực năm 2025",
				"Chi bộ lãnh đạo tốt việc vận động nhân dân đóng góp bê tông hóa 4 tuyến hẻm (hẻm 49-57 "
						+ "160.000.000 đ), phong trào bỏ rác đúng giờ và chăm lo đảng viên cao tuổi.",
				null));
		visit = this.visits.addRecommendation(secretary, cell.id(), visit.id(),
				new RecommendationDetails("Thành lập tổ phòng cháy, chữa cháy tại chỗ ở các tuyến hẻm", organiser, null,
						LocalDate.of(2025, 5, 31)));
		visit = this.visits.addRecommendation(secretary, cell.id(), visit.id(),
				new RecommendationDetails("Vận động lắp camera an ninh ở đầu các tuyến hẻm bằng nguồn xã hội hóa", null,
						"Ban điều hành khu vực 11 và Tổ an ninh trật tự", LocalDate.of(2025, 9, 30)));
		visit = this.visits.addRecommendation(secretary, cell.id(), visit.id(),
				new RecommendationDetails("Duy trì bỏ rác đúng giờ, xử lý điểm tập kết rác tự phát đầu hẻm 9-15",
						organiser, null, LocalDate.of(2025, 12, 31)));
		var fire = visit.recommendations().get(0);
		var cameras = visit.recommendations().get(1);
		var garbage = visit.recommendations().get(2);
		visit = this.visits.followUp(secretary, cell.id(), fire.id(), new FollowUp(LocalDate.of(2025, 4, 10),
				"Họp chi bộ phân công, lập danh sách 12 người tham gia tổ", RecommendationStatus.IN_PROGRESS, null),
				fire.version());
		this.visits.followUp(secretary, cell.id(), fire.id(),
				new FollowUp(LocalDate.of(2025, 5, 20), "Ra mắt tổ PCCC tại chỗ, tập huấn cùng Công an phường",
						RecommendationStatus.DONE, "Tổ PCCC 12 người; 20 bình chữa cháy đặt ở các tuyến hẻm"),
				version(visit, fire.id()));
		visit = this.visits.followUp(
				secretary, cell.id(), cameras.id(), new FollowUp(LocalDate.of(2025, 6, 15),
						"Vận động được 18.500.000 đ của các hộ và nhà hảo tâm", RecommendationStatus.IN_PROGRESS, null),
				cameras.version());
		visit = this.visits.followUp(secretary, cell.id(), cameras.id(),
				new FollowUp(LocalDate.of(2025, 8, 28), "Lắp xong và bàn giao cho Tổ an ninh trật tự",
						RecommendationStatus.DONE, "6 camera ở đầu 4 tuyến hẻm, kết nối điện thoại của tổ"),
				version(visit, cameras.id()));
		this.visits.followUp(secretary, cell.id(), garbage.id(),
				new FollowUp(LocalDate.of(2025, 7, 5),
						"Tổ vệ sinh nhắc giờ đổ rác qua loa và nhóm Zalo khu vực; điểm đầu hẻm 9-15 còn tái diễn",
						RecommendationStatus.IN_PROGRESS, null),
				version(visit, garbage.id()));
		logger.info("Demo data: a visit with 3 recommendations in {}", KV11_CELL);
	}

	private void chiLang(WardView ward) {
		CurrentUser admin = this.demoWards.user(new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), "chilang");
		CellView tdp1 = cell(admin, "Chi bộ TDP 1");
		CellView tdp3 = cell(admin, "Chi bộ TDP 3");
		CellView village = cell(admin, "Chi bộ làng Ia Lang");
		AreaView area = this.areas.list(admin)
			.stream()
			.filter((candidate) -> VILLAGE.equals(candidate.name()))
			.findFirst()
			.orElse(null);
		if (tdp1 == null || tdp3 == null || village == null || area == null) {
			return;
		}
		if (!this.twinnings.list(admin, tdp1.id()).isEmpty()) {
			logger.info("Demo twinnings already present");
			return;
		}
		statuses(admin, area);
		TwinningStatus status = (LocalDate.now(this.clock).getYear() > 2025) ? TwinningStatus.ENDED
				: TwinningStatus.ACTIVE;
		TwinningView twinning = this.twinnings.create(admin, tdp1.id(),
				new TwinningDetails("Kết nghĩa Chi bộ TDP 1, Chi bộ TDP 3 với Chi bộ làng Ia Lang giai đoạn 2022–2025",
						status, 2022, 2025, LocalDate.of(2022, 4, 22), List.of(tdp3.id(), village.id()), List.of(),
						List.of("Công tác tuyên truyền, vận động", "Phát triển kinh tế", "Hoạt động văn hóa, xã hội",
								"Các phong trào, chương trình", "Hỗ trợ cán bộ hệ thống chính trị của làng"),
						"76 đảng viên của hai chi bộ tổ dân phố kết nghĩa với 11 đảng viên của Chi bộ làng Ia Lang."));
		this.twinnings.addTarget(admin, tdp1.id(), twinning.id(),
				new TargetDetails("Giúp 3 hộ nghèo và 3 hộ cận nghèo thoát nghèo đến năm 2025", "hộ", 6,
						TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY, 2022, Set.of(area.id())));
		this.twinnings.addActivity(admin, tdp1.id(), twinning.id(),
				new JointActivity(LocalDate.of(2022, 4, 22),
						"Lễ ký kết kết nghĩa và trao 14 suất quà cho hộ nghèo, cận nghèo tại làng Ia Lang",
						"Đoàn công tác Chi bộ TDP 1 và Chi bộ TDP 3", 45));
		this.twinnings.addActivity(admin, tdp1.id(), twinning.id(), new JointActivity(LocalDate.of(2023, 9, 9),
				"Hướng dẫn chăm sóc cà phê, hồ tiêu cho các hộ nghèo của làng", null, 28));
		this.programs.list(admin, 2022)
			.stream()
			.filter((program) -> GIFTS.equals(program.name()))
			.findFirst()
			.ifPresent((program) -> this.twinnings.linkProgram(admin, tdp1.id(), twinning.id(), program.id()));
		this.twinnings.create(admin, tdp1.id(),
				new TwinningDetails("Kết nghĩa Chi bộ TDP 1 với Chi bộ làng Ia Nueng (dự kiến)", TwinningStatus.PLANNED,
						2023, 2026, null, List.of(), List.of("Chi bộ làng Ia Nueng, xã Ia Kênh"),
						List.of("Công tác tuyên truyền, vận động", "Phát triển kinh tế"), null));
		this.twinnings.create(admin, tdp3.id(),
				new TwinningDetails("Kết nghĩa Chi bộ TDP 3 với Chi bộ làng Chuét 2 (dự kiến)", TwinningStatus.PLANNED,
						2023, 2026, null, List.of(), List.of("Chi bộ làng Chuét 2, phường Thắng Lợi"),
						List.of("Hoạt động văn hóa, xã hội", "Các phong trào, chương trình"), null));
		logger.info("Demo data: the Ia Lang twinning and two planned for 2023 in {}", DemoChiLang.WARD_NAME);
	}

	/**
	 * The village's statuses after 2022 (the annual reviews): five of the eight poor
	 * households still poor in 2025, one near-poor, two out of poverty; three of the six
	 * near-poor households out of poverty.
	 */
	private void statuses(CurrentUser admin, AreaView area) {
		for (int year = 2023; year <= 2025; year++) {
			for (int i = 0; i < POOR.size(); i++) {
				StatusKind kind = (i < 5) ? StatusKind.POOR
						: (i == 5 || year < 2024 + (i - 6)) ? StatusKind.NEAR_POOR : null;
				status(admin, area, POOR.get(i), year, kind);
			}
			for (int i = 0; i < NEAR_POOR.size(); i++) {
				StatusKind kind = (i < 3 || year < 2022 + (i - 2)) ? StatusKind.NEAR_POOR : null;
				status(admin, area, NEAR_POOR.get(i), year, kind);
			}
		}
	}

	private void status(CurrentUser admin, AreaView area, String headName, int year, StatusKind kind) {
		if (kind == null) {
			return;
		}
		List<HouseholdSummary> found = this.households
			.list(admin, new HouseholdQuery(headName, area.id(), null, null), PageRequest.of(0, 20))
			.getContent()
			.stream()
			.filter((household) -> headName.equals(household.headName()))
			.toList();
		if (found.size() == 1) {
			this.households.addStatus(admin, found.get(0).id(), new StatusDetails(year, kind, null,
					"Nghị định 07/2021/NĐ-CP", "Kết quả rà soát hộ nghèo, cận nghèo năm " + year, null));
		}
	}

	private CellView cell(CurrentUser user, String name) {
		return this.cells.list(user).stream().filter((cell) -> name.equals(cell.name())).findFirst().orElse(null);
	}

	private static Integer version(VisitView visit, Long recommendationId) {
		return visit.recommendations()
			.stream()
			.filter((recommendation) -> recommendation.id().equals(recommendationId))
			.findFirst()
			.orElseThrow()
			.version();
	}

}
