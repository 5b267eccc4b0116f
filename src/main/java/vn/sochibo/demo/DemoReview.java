package vn.sochibo.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.sochibo.household.ConfirmProposals;
import vn.sochibo.household.ProposalRow;
import vn.sochibo.household.ReviewSheet;
import vn.sochibo.household.StatusReviews;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.WardView;

/**
 * The yearly review of 2026 in Khu vực 11, under way: the officer started it (the poor
 * and near-poor households of 2025 became proposals), confirmed most under the decision
 * of December 2025, recorded one household out of poverty and has three left to decide.
 * The policy families need no review: their status of 2024 still holds. Skipped when the
 * ward is missing or the review was already started.
 */
@Component
@Profile("demo")
@Order(27)
class DemoReview implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoReview.class);

	static final int YEAR = 2026;

	/** Proposals the officer has not decided yet. */
	static final int LEFT_TO_DECIDE = 3;

	private final DemoWards demoWards;

	private final Areas areas;

	private final StatusReviews reviews;

	DemoReview(DemoWards demoWards, Areas areas, StatusReviews reviews) {
		this.demoWards = demoWards;
		this.areas = areas;
		this.reviews = reviews;
	}

	@Override
	public void run(ApplicationArguments args) {
		WardView ward = this.demoWards.named(DemoData.WARD_NAME).orElse(null);
		if (ward == null || !this.reviews.reviewable(YEAR)) {
			return;
		}
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		AreaView kv11 = this.areas.list(admin)
			.stream()
			.filter((area) -> "KV11".equals(area.code()))
			.findFirst()
			.orElseThrow();
		CurrentUser officer = this.demoWards.user(admin, "canbo");
		if (this.reviews.sheet(officer, YEAR, kv11.id()).started()) {
			logger.info("Demo review of {} already present", YEAR);
			return;
		}
		this.reviews.start(officer, YEAR, kv11.id());
		ReviewSheet sheet = this.reviews.sheet(officer, YEAR, kv11.id());
		List<ProposalRow> rows = sheet.rows();
		if (rows.size() <= LEFT_TO_DECIDE + 1) {
			return;
		}
		ProposalRow out = rows.get(0);
		this.reviews.end(officer, YEAR, kv11.id(), out.id(),
				"Thu nhập bình quân vượt chuẩn cận nghèo; con đã đi làm ổn định");
		List<Long> confirmed = rows.subList(1, rows.size() - LEFT_TO_DECIDE).stream().map(ProposalRow::id).toList();
		this.reviews.confirm(officer, YEAR, kv11.id(),
				new ConfirmProposals(confirmed, Map.of(), null, "QĐ số 26/QĐ-UBND ngày 15/12/2025"));
		logger.info("Demo review of {}: {} proposals in Khu vực 11, {} confirmed", YEAR, rows.size(), confirmed.size());
	}

}
