package vn.sochibo.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * "409 means 409": a unique rule the database enforced after the service's own check
 * passed is the field error it is, not "someone else changed this record".
 */
@IntegrationTest
class ConstraintTranslationTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	/**
	 * Another transaction holds a household with the code, not yet committed: the
	 * service's check does not see it, its insert waits on the unique index and is
	 * refused once the other commits. The officer gets the form back with the error next
	 * to the code, and only the other household exists.
	 */
	@Test
	void aCodeTakenAtTheSameMomentIsAnErrorNextToTheCodeAndNothingIsWritten() throws Exception {
		String code = "KV-DUA-01";
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement insert = other.prepareStatement("""
					insert into households (ward_id, area_id, code, head_name, address, members)
					values (?, ?, ?, 'Người Nhanh Tay', '1 hẻm 9', 3)""")) {
				insert.setLong(1, this.ward.id());
				insert.setLong(2, this.ward.areaA().id());
				insert.setString(3, code);
				insert.executeUpdate();
			}

			CompletableFuture<MvcResult> officer = CompletableFuture.supplyAsync(() -> {
				try {
					return this.mvc
						.perform(post("/households/new").with(as(this.ward.officer()))
							.with(csrf())
							.param("code", code)
							.param("headName", "Người Chậm Chân")
							.param("address", "2 hẻm 9")
							.param("areaId", String.valueOf(this.ward.areaA().id()))
							.param("members", "4"))
						.andReturn();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitABackendWaitingOnALock();
			other.commit();

			MvcResult result = officer.get(30, TimeUnit.SECONDS);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getModelAndView().getViewName()).isEqualTo("households/form");
			assertThat(Html.fieldError(result.getResponse().getContentAsString(), "code"))
				.isEqualTo("Mã hộ này đã có trong phường.");
		}
		assertThat(this.jdbc.queryForList("select head_name from households where ward_id = ?", String.class,
				this.ward.id()))
			.containsExactly("Người Nhanh Tay");
	}

	@Test
	void theConstraintIsFoundInTheDriversMessageAndAnUndeclaredOneStaysARefusal() {
		DataIntegrityViolationException refused = new DataIntegrityViolationException("refused", new SQLException(
				"ERROR: duplicate key value violates unique constraint \"uq_funds_ward_name\"", "23505"));
		DataIntegrityViolationException other = new DataIntegrityViolationException("refused",
				new SQLException("ERROR: new row violates check constraint \"ck_something_new\"", "23514"));

		assertThat(ConstraintTranslation.Translator.constraintOf(refused)).contains("uq_funds_ward_name");
		assertThat(ConstraintTranslation.Translator.constraintOf(other)).contains("ck_something_new");
		assertThat(ConstraintTranslation.Translator.constraintOf(new DataIntegrityViolationException("x"))).isEmpty();
	}

	private void awaitABackendWaitingOnALock() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			Integer waiting = this.jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock'""", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the officer's insert never waited for the other transaction");
	}

}
