package vn.sochibo.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.sochibo.cellwork.MemberLevels;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.RatingView;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed story 1's rating in the demo: Chi bộ Khu vực 11's 2025 rating, self 93, proposal
 * 92, decided "Hoàn thành xuất sắc nhiệm vụ" by Đảng ủy phường Cái Khế (recorded by
 * {@code admin}); its members' 2025 ratings decided, exempt members not rated.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoRatingsTests {

	@Autowired
	DemoWards demoWards;

	@Autowired
	Cells cells;

	@Autowired
	Ratings ratings;

	@Test
	void chiBoKhuVuc11s2025RatingIsDecidedExcellentByTheWardPartyCommittee() {
		WardView ward = this.demoWards.named(DemoData.WARD_NAME).orElseThrow();
		CurrentUser admin = this.demoWards.user(new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), "admin");
		CellView cell = this.cells.list(admin)
			.stream()
			.filter((candidate) -> candidate.name().equals(DemoMembers.KV11_CELL))
			.findFirst()
			.orElseThrow();

		RatingView rating = this.ratings.ofCell(admin, cell.id(), 2025).orElseThrow();
		assertThat(rating.regulation().code()).isEqualTo("366-QĐ/TW");
		assertThat(rating.steps()).extracting(RatingView.StepView::kind, RatingView.StepView::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RatingStepKind.SELF, 93),
					org.assertj.core.groups.Tuple.tuple(RatingStepKind.PROPOSAL, 92),
					org.assertj.core.groups.Tuple.tuple(RatingStepKind.DECISION, 92));
		RatingView.StepView decision = rating.decision().orElseThrow();
		assertThat(decision.level()).isEqualTo(RatingLevel.EXCELLENT);
		assertThat(decision.competentBody()).isEqualTo("Đảng ủy phường Cái Khế");
		assertThat(decision.recordedBy()).isEqualTo("admin");
		assertThat(rating.steps().get(0).recordedBy()).isEqualTo("bithu");

		MemberLevels levels = this.ratings.memberLevels(admin, cell.id(), 2025);
		assertThat(levels.count(RatingLevel.GOOD)).isGreaterThan(levels.count(RatingLevel.EXCELLENT));
		assertThat(levels.count(RatingLevel.EXCELLENT)).isPositive();
		assertThat(levels.count(RatingLevel.COMPLETED)).isEqualTo(2);
		assertThat(levels.exempt()).isPositive();
		assertThat(levels.pending()).isZero();
	}

}
