package vn.sochibo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.DatabaseOwner;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What the database itself refuses, whatever the code above it does: plain SQL, no
 * services. Each test writes rows of its own (distinct codes) in the two wards built once
 * for the class.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRulesTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	TestWard ward;

	TestWard otherWard;

	@BeforeAll
	void buildWards() {
		this.ward = this.fixtures.newWard();
		this.otherWard = this.fixtures.newWard();
	}

	// The application's role lacks the privilege to change the audit trail
	// (DatabasePrivilegesTests); the trigger refuses even the owner.

	@Test
	void theAuditTrailRefusesUpdate() {
		Long eventId = anyAuditEventOf(this.ward);
		String actor = this.jdbc.queryForObject("select actor from audit_events where id = ?", String.class, eventId);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_events set actor = 'mallory' where id = ?", eventId));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(
					() -> this.owner.jdbc().update("update audit_events set actor = 'mallory' where id = ?", eventId))
			.withMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select actor from audit_events where id = ?", String.class, eventId))
			.isEqualTo(actor);
	}

	@Test
	void theAuditTrailRefusesDelete() {
		Long eventId = anyAuditEventOf(this.ward);
		Integer before = countAuditEvents(this.ward);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_events where ward_id = ?", this.ward.id()));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.owner.jdbc().update("delete from audit_events where ward_id = ?", this.ward.id()))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.owner.jdbc().update("delete from audit_events where id = ?", eventId))
			.withMessageContaining("append-only");
		assertThat(countAuditEvents(this.ward)).isEqualTo(before);
	}

	@Test
	void theAuditTrailAcceptsNewLines() {
		Integer before = countAuditEvents(this.ward);

		this.jdbc.update("""
				insert into audit_events (ward_id, entity_type, entity_id, action, actor, occurred_at)
				values (?, 'HOUSEHOLD', 1, 'CREATE', 'test', now())""", this.ward.id());

		assertThat(countAuditEvents(this.ward)).isEqualTo(before + 1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 51, -1 })
	void aHouseholdHasOneToFiftyMembers(int members) {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertHousehold(this.ward.id(), this.ward.areaA().id(), "M-" + members, members))
			.withMessageContaining("ck_households_members");
	}

	@Test
	void oneAndFiftyMembersAreAccepted() {
		assertThatNoException().isThrownBy(() -> insertHousehold(this.ward.id(), this.ward.areaA().id(), "M-1", 1));
		assertThatNoException().isThrownBy(() -> insertHousehold(this.ward.id(), this.ward.areaA().id(), "M-50", 50));
	}

	@Test
	void aHouseholdCannotBelongToAnAreaOfAnotherWard() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertHousehold(this.ward.id(), this.otherWard.areaA().id(), "X-1", 3))
			.withMessageContaining("fk_households_area");
	}

	@Test
	void aHouseholdCannotMoveToAnAreaOfAnotherWard() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "X-2", 3);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update households set area_id = ? where id = ?",
					this.otherWard.areaA().id(), id))
			.withMessageContaining("fk_households_area");
	}

	@Test
	void aStatusCannotBelongToAHouseholdOfAnotherWard() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "X-3", 3);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into household_statuses (ward_id, household_id, status_year, kind) values (?, ?, 2025, 'POOR')",
				this.otherWard.id(), id))
			.withMessageContaining("fk_household_statuses_household");
	}

	@Test
	void aUserCannotBeAssignedAnAreaOfAnotherWard() {
		Long officer = this.ward.officer().id();
		Long foreignArea = this.otherWard.areaA().id();

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into user_areas (user_id, ward_id, area_id) values (?, ?, ?)",
					officer, this.ward.id(), foreignArea))
			.withMessageContaining("fk_user_areas_area");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into user_areas (user_id, ward_id, area_id) values (?, ?, ?)",
					officer, this.otherWard.id(), foreignArea))
			.withMessageContaining("fk_user_areas_user");
	}

	@Test
	void aUserCanBeAssignedAnotherAreaOfTheirOwnWard() {
		assertThatNoException()
			.isThrownBy(() -> this.jdbc.update("insert into user_areas (user_id, ward_id, area_id) values (?, ?, ?)",
					this.ward.officer().id(), this.ward.id(), this.ward.areaB().id()));
	}

	@Test
	void anAreaCannotBeMergedIntoAnAreaOfAnotherWard() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update residential_areas set merged_into_id = ? where id = ?",
					this.otherWard.areaA().id(), this.ward.areaB().id()))
			.withMessageContaining("fk_residential_areas_merged_into");
	}

	@Test
	void aHouseholdCodeIsUniqueInItsWard() {
		insertHousehold(this.ward.id(), this.ward.areaA().id(), "KV11-0001", 3);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertHousehold(this.ward.id(), this.ward.areaB().id(), "KV11-0001", 3))
			.withMessageContaining("uq_households_ward_code");
		assertThatNoException()
			.isThrownBy(() -> insertHousehold(this.otherWard.id(), this.otherWard.areaA().id(), "KV11-0001", 3));
	}

	@Test
	void aStatusIsRecordedOncePerYearAndKind() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "S-1", 3);
		String insert = "insert into household_statuses (ward_id, household_id, status_year, kind) values (?, ?, ?, ?)";
		this.jdbc.update(insert, this.ward.id(), id, 2025, "POOR");
		this.jdbc.update(insert, this.ward.id(), id, 2025, "ELDERLY_ALONE");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, this.ward.id(), id, 2025, "POOR"))
			.withMessageContaining("uq_household_statuses_household_year_kind");
	}

	@Test
	void onlyAPolicyFamilyHasAPolicySubtype() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "S-2", 3);
		String insert = "insert into household_statuses (ward_id, household_id, status_year, kind, policy_subtype)"
				+ " values (?, ?, 2025, ?, 'WAR_INVALID')";

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, this.ward.id(), id, "POOR"))
			.withMessageContaining("ck_household_statuses_subtype");
		assertThatNoException().isThrownBy(() -> this.jdbc.update(insert, this.ward.id(), id, "POLICY_FAMILY"));
	}

	@Test
	void theSearchTextIsGeneratedWithoutAccentsFromCodeNameAddressAndAlley() {
		Long id = this.jdbc.queryForObject("""
				insert into households (ward_id, area_id, code, head_name, address, alley, members)
				values (?, ?, 'KV11-0042', 'Nguyễn Trường Đồ', '1 Đường Trần Văn Khéo', 'Hẻm 49-57', 4)
				returning id""", Long.class, this.ward.id(), this.ward.areaA().id());

		assertThat(this.jdbc.queryForObject("select search_text from households where id = ?", String.class, id))
			.isEqualTo("kv11-0042 nguyen truong do 1 duong tran van kheo hem 49-57");
		assertThat(this.jdbc.queryForObject("select given_name from households where id = ?", String.class, id))
			.isEqualTo("Đồ");
	}

	@Test
	void theSearchTextFollowsEdits() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "E-1", 3);

		this.jdbc.update("update households set head_name = 'Lê Thị Ánh', alley = null where id = ?", id);

		assertThat(this.jdbc.queryForObject("select search_text from households where id = ?", String.class, id))
			.isEqualTo("e-1 le thi anh 1 hem 49-57 duong tran van kheo ");
	}

	@Test
	void theSearchTextCannotBeWrittenDirectly() {
		Long id = insertHousehold(this.ward.id(), this.ward.areaA().id(), "E-2", 3);

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update households set search_text = 'x' where id = ?", id));
	}

	/**
	 * The typed query (keyed in Java) and the stored column (keyed in SQL) must meet.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Trường Đồ", "hẻm 49-57", "Đường", "aàáảãạ ăằắẳẵặ âầấẩẫậ đ",
			"AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ Đ", "eèéẻẽẹ êềếểễệ EÈÉẺẼẸ ÊỀẾỂỄỆ", "iìíỉĩị IÌÍỈĨỊ yỳýỷỹỵ YỲÝỶỸỴ",
			"oòóỏõọ ôồốổỗộ ơờớởỡợ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ", "uùúủũụ ưừứửữự UÙÚỦŨỤ ƯỪỨỬỮỰ" })
	void theDatabaseKeysTextLikeVietnameseText(String text) {
		assertThat(this.jdbc.queryForObject("select lower(f_unaccent(?))", String.class, text))
			.isEqualTo(VietnameseText.searchKey(text));
	}

	private Long insertHousehold(Long wardId, Long areaId, String code, int members) {
		return this.jdbc.queryForObject("""
				insert into households (ward_id, area_id, code, head_name, address, alley, members)
				values (?, ?, ?, 'Trần Văn Thử', '1 hẻm 49-57 đường Trần Văn Khéo', 'hẻm 49-57', ?)
				returning id""", Long.class, wardId, areaId, code, members);
	}

	private Long anyAuditEventOf(TestWard ward) {
		return this.jdbc.queryForObject("select min(id) from audit_events where ward_id = ?", Long.class, ward.id());
	}

	private Integer countAuditEvents(TestWard ward) {
		return this.jdbc.queryForObject("select count(*) from audit_events where ward_id = ?", Integer.class,
				ward.id());
	}

}
