package vn.sochibo.household;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HouseholdSearchTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Test
	void findsHeadOfHouseholdWithoutAccents() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		this.fixtures.household(ward, ward.areaA(), "Trần Thị Lan");

		var found = this.households.list(ward.officer(), new HouseholdQuery("nguyen truong do", null, null, null),
				PageRequest.of(0, 25));

		assertThat(found.getContent()).extracting(HouseholdSummary::headName).containsExactly("Nguyễn Trường Đồ");
	}

}
