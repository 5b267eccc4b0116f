package vn.sochibo.demo;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.ActivityYear;
import vn.sochibo.cellwork.OutputUnit;
import vn.sochibo.cellwork.SeriesOption;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed story 1's campaigns of 2025 in the demo, as Chi bộ Khu vực 11's activities: the
 * monthly "rác đúng giờ" series, and the cameras, flags and fire extinguishers, with more
 * participations than distinct people.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@ActiveProfiles("demo")
class DemoActivitiesTests {

	@Autowired
	DemoWards demoWards;

	@Autowired
	Cells cells;

	@Autowired
	Activities activities;

	@Test
	void khuVuc11HoldsItsCampaignsOf2025WithDistinctPeopleAndLuot() {
		WardView ward = this.demoWards.named(DemoData.WARD_NAME).orElseThrow();
		CurrentUser secretary = this.demoWards.user(new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN), "bithu");
		CellView cell = this.cells.list(secretary)
			.stream()
			.filter((candidate) -> candidate.name().equals(DemoMembers.KV11_CELL))
			.findFirst()
			.orElseThrow();
		ActivityYear year = this.activities.year(secretary, cell.id(), DemoActivities.YEAR);

		assertThat(year.total().activities()).isEqualTo(20);
		assertThat(year.kinds()).containsEntry(ActivityKind.WASTE_ON_TIME, 12L)
			.containsEntry(ActivityKind.GREEN_SUNDAY, 3L)
			.containsKeys(ActivityKind.URBAN_ORDER, ActivityKind.SECURITY_CAMERAS, ActivityKind.FLAG_REPLACEMENT,
					ActivityKind.FIRE_SAFETY);
		assertThat(year.outputs()).containsEntry(OutputUnit.CAMERAS, new BigDecimal("8.0"))
			.containsEntry(OutputUnit.FLAGS, new BigDecimal("120.0"))
			.containsEntry(OutputUnit.FIRE_EXTINGUISHERS, new BigDecimal("30.0"));
		// Members come again: fewer people than lượt, and no more people than the roll.
		assertThat(year.total().members().people()).isBetween(20L, 36L);
		assertThat(year.total().members().participations()).isGreaterThan(3 * year.total().members().people());
		assertThat(year.total().cadres().people()).isEqualTo(5);
		assertThat(year.total().residentsAtLeast()).isTrue();
		assertThat(this.activities.series(secretary, cell.id())).extracting(SeriesOption::activities)
			.containsExactlyInAnyOrder(12L, 3L);
	}

}
