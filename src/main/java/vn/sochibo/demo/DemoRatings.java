package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.BulkProposal;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepCommand;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.RatingView;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.cellwork.RollMember;
import vn.sochibo.cellwork.Members;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

/**
 * The 2025 rating of Chi bộ Khu vực 11 (seed story 1), through the rating service so that
 * every rule and the audit trail apply: the cell's self-assessment (93) and proposal (92)
 * by its secretary, and the decision "Hoàn thành xuất sắc nhiệm vụ" of Đảng ủy phường Cái
 * Khế recorded by the ward admin; and its members' ratings — each member on the roll at
 * the end of 2025 assesses themselves, the cell proposes them all at once and decides
 * (the cell decides its members' ratings): most "Hoàn thành tốt nhiệm vụ", a few "xuất
 * sắc", the two probationary members "Hoàn thành nhiệm vụ". Members exempt from
 * activities are not rated. Skipped when the cell's 2025 rating exists.
 */
@Component
@Profile("demo")
@Order(66)
class DemoRatings implements ApplicationRunner {

	static final int YEAR = 2025;

	static final String COMMITTEE = "Đảng ủy phường Cái Khế";

	private static final Logger logger = LoggerFactory.getLogger(DemoRatings.class);

	private final DemoWards demoWards;

	private final Cells cells;

	private final Members members;

	private final Ratings ratings;

	DemoRatings(DemoWards demoWards, Cells cells, Members members, Ratings ratings) {
		this.demoWards = demoWards;
		this.cells = cells;
		this.members = members;
		this.ratings = ratings;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoWards.named(DemoData.WARD_NAME).ifPresent(this::caiKhe);
	}

	private void caiKhe(WardView ward) {
		CurrentUser seed = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		CurrentUser secretary = this.demoWards.user(seed, "bithu");
		CurrentUser admin = this.demoWards.user(seed, "admin");
		CellView cell = this.cells.list(admin)
			.stream()
			.filter((candidate) -> candidate.name().equals(DemoMembers.KV11_CELL))
			.findFirst()
			.orElseThrow();
		if (this.ratings.ofCell(secretary, cell.id(), YEAR).isPresent()) {
			return;
		}
		membersOf(secretary, cell);
		RatingView self = this.ratings.recordCell(secretary, cell.id(), YEAR,
				new RatingStepCommand(RatingStepKind.SELF, 93, null, RatingLevel.EXCELLENT, null,
						"Lãnh đạo hoàn thành vượt các chỉ tiêu năm 2025: rác đúng giờ, trật tự đô thị, vệ sinh hẻm, "
								+ "camera an ninh; sinh hoạt chi bộ đủ 12 kỳ và 2 chuyên đề.",
						null, null, null, null),
				null);
		RatingView proposed = this.ratings.recordCell(secretary, cell.id(), YEAR,
				new RatingStepCommand(RatingStepKind.PROPOSAL, 92, null, RatingLevel.EXCELLENT, null,
						"Chi bộ thống nhất đề nghị Đảng ủy phường xếp loại hoàn thành xuất sắc nhiệm vụ.", null, null,
						null, null),
				self.version());
		this.ratings
			.recordCell(
					admin, cell.id(), YEAR, new RatingStepCommand(RatingStepKind.DECISION, 92, null,
							RatingLevel.EXCELLENT, null, null, null, COMMITTEE, "45-QĐ/ĐU", LocalDate.of(2026, 1, 16)),
					proposed.version());
		logger.info("Demo: the 2025 rating of {} decided by {}", cell.name(), COMMITTEE);
	}

	private void membersOf(CurrentUser secretary, CellView cell) {
		List<RollMember> rated = this.members
			.roll(secretary, cell.id(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31))
			.on(LocalDate.of(YEAR, 12, 31))
			.stream()
			.filter((member) -> !member.exempt())
			.toList();
		List<BulkProposal> proposals = new ArrayList<>();
		for (int i = 0; i < rated.size(); i++) {
			RollMember member = rated.get(i);
			int score = score(member, i);
			RatingLevel level = level(score);
			RatingView self = this.ratings.recordMember(secretary, cell.id(), member.id(), YEAR, RatingStepCommand
				.of(RatingStepKind.SELF, Math.min(100, score + 1), level(Math.min(100, score + 1))), null);
			proposals.add(new BulkProposal(member.id(), score, level, self.version()));
		}
		this.ratings.proposeAll(secretary, cell.id(), YEAR, proposals);
		for (BulkProposal proposal : proposals) {
			RatingView rating = this.ratings.member(secretary, cell.id(), proposal.memberId(), YEAR).rating();
			this.ratings
				.recordMember(
						secretary, cell.id(), proposal.memberId(), YEAR, RatingStepCommand.decision(proposal.score(),
								proposal.level(), cell.name(), null, LocalDate.of(YEAR, 12, 18), null),
						rating.version());
		}
	}

	/**
	 * Every seventh member excellent, the probationary ones just completed, most good.
	 */
	private static int score(RollMember member, int index) {
		if (member.probationary()) {
			return 66;
		}
		if (index % 7 == 3) {
			return 91 + index % 3;
		}
		return 76 + (index * 5) % 12;
	}

	/** The level the score reaches under the regulation of the year (its thresholds). */
	private RatingLevel level(int score) {
		return this.ratings.regulationFor(YEAR).orElseThrow().levelFor(score);
	}

}
