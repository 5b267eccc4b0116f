package vn.sochibo.household;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V9 does to statuses recorded once a year before they could last: it is run here,
 * as written, on one ward's rows of the old shape (the other wards' rows are left alone
 * by adding the ward to its condition).
 */
@IntegrationTest
class StatusMigrationTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void consecutiveYearsOfALastingStatusBecomeOneThatHoldsOrEndsWhereTheRecordsStop() throws Exception {
		TestWard ward = this.fixtures.newWard();
		Long policy = this.fixtures.household(ward, ward.areaA(), "Gia Đình Liệt Sĩ").id();
		Long gap = this.fixtures.household(ward, ward.areaA(), "Người Có Quãng Nghỉ").id();
		Long poor = this.fixtures.household(ward, ward.areaA(), "Hộ Nghèo Mỗi Năm").id();
		for (int year = 2023; year <= 2025; year++) {
			insert(ward, policy, year, "POLICY_FAMILY", "MARTYR_FAMILY");
			insert(ward, poor, year, "POOR", null);
		}
		insert(ward, gap, 2020, "DISABILITY", null);
		insert(ward, gap, 2021, "DISABILITY", null);
		insert(ward, gap, 2024, "DISABILITY", null);
		insert(ward, gap, 2025, "DISABILITY", null);
		insert(ward, gap, 2022, "ELDERLY_ALONE", null);

		this.jdbc.update(collapseStatement(), ward.id());

		assertThat(spans(policy)).containsExactly(List.of(2023, "open", "-"));
		assertThat(spans(gap)).containsExactly(List.of(2020, 2021, "Chuyển dữ liệu: không ghi nhận sau năm 2021"),
				List.of(2022, 2022, "Chuyển dữ liệu: không ghi nhận sau năm 2022"), List.of(2024, "open", "-"));
		assertThat(spans(poor)).containsExactly(List.of(2023, 2023, "-"), List.of(2024, 2024, "-"),
				List.of(2025, 2025, "-"));
	}

	@Test
	void theDatabaseRefusesAnEndOnAYearlyStatusAndAnEndWithoutAReason() {
		TestWard ward = this.fixtures.newWard();
		Long household = this.fixtures.household(ward, ward.areaA(), "Hộ Thử Ràng Buộc").id();
		String insert = "insert into household_statuses (ward_id, household_id, status_year, kind, end_year,"
				+ " ended_on, end_reason) values (?, ?, 2024, ?, ?, ?, ?)";
		java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.of(2026, 1, 2));

		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, ward.id(), household, "POOR", 2025, today, "thoát nghèo"))
			.withMessageContaining("ck_household_statuses_yearly");
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, ward.id(), household, "POLICY_FAMILY", 2025, null, null))
			.withMessageContaining("ck_household_statuses_ended");
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, ward.id(), household, "DISABILITY", 2023, today, "trước"))
			.withMessageContaining("ck_household_statuses_span");
		this.jdbc.update(insert, ward.id(), household, "DISABILITY", 2025, today, "Đã mất");
		assertThat(spans(household)).containsExactly(List.of(2024, 2025, "Đã mất"));
	}

	private List<List<Object>> spans(Long householdId) {
		return this.jdbc
			.queryForList("select status_year, held_until, end_reason from household_statuses where household_id = ?"
					+ " order by status_year", householdId)
			.stream()
			.map((Map<String, Object> row) -> List.of(row.get("status_year"),
					(row.get("held_until") != null) ? row.get("held_until") : "open",
					(row.get("end_reason") != null) ? row.get("end_reason") : "-"))
			.toList();
	}

	private void insert(TestWard ward, Long householdId, int year, String kind, String subtype) {
		this.jdbc.update("insert into household_statuses (ward_id, household_id, status_year, kind, policy_subtype)"
				+ " values (?, ?, ?, ?, ?)", ward.id(), householdId, year, kind, subtype);
	}

	/**
	 * V9's statement that collapses the lasting statuses, limited to one ward.
	 */
	private static String collapseStatement() throws Exception {
		String migration = Files.readString(Path.of("src/main/resources/db/migration/V9__status_review.sql"));
		int start = migration.indexOf("with marked as (");
		String statement = migration.substring(start, migration.indexOf(';', start));
		String condition = "where s.kind in ('POLICY_FAMILY'";
		assertThat(statement).contains(condition);
		return statement.replace(condition, "where s.ward_id = ? and s.kind in ('POLICY_FAMILY'");
	}

}
