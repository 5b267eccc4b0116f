package vn.sochibo.ward.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.CellView.CellAreaView;
import vn.sochibo.ward.Cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The Party cell pages: every ward user reads them, only the ward admin changes them, and
 * a cell covers areas of its own ward only.
 */
@IntegrationTest
class CellControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Cells cells;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void everyWardUserReadsTheCells() throws Exception {
		for (CurrentUser user : this.ward.wardUsers()) {
			this.mvc.perform(get("/cells").with(as(user)))
				.andExpect(status().isOk())
				.andExpect(view().name("cells/list"))
				.andExpect(content().string(containsString("Chi bộ A")))
				.andExpect(content().string(containsString("Chi bộ B")));
			this.mvc.perform(get("/cells/" + this.ward.cellA().id()).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Chi bộ A")))
				.andExpect(content().string(containsString("A – Khu vực A")));
		}
		this.mvc.perform(get("/cells")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCellOfAnotherWardIsNotFound() throws Exception {
		TestWard other = this.fixtures.newWard();

		this.mvc.perform(get("/cells/" + other.cellA().id()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cells/" + other.cellA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chiếm")
				.param("validFrom", "2020-01-01")
				.param("version", "0"))
			.andExpect(status().isNotFound());

		assertThat(this.cells.get(other.admin(), other.cellA().id())).isEqualTo(other.cellA());
	}

	@Test
	void theWardAdminCreatesACellCoveringAnArea() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/cells/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chi bộ Khu vực 11")
				.param("secretaryName", "Nguyễn Văn Bí")
				.param("validFrom", "2024-01-01")
				.param("areaIds", String.valueOf(this.ward.areaB().id())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/cells/{id}"))
			.andReturn();

		String location = result.getResponse().getRedirectedUrl();
		CellView created = this.cells.get(this.ward.admin(),
				Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(created.name()).isEqualTo("Chi bộ Khu vực 11");
		assertThat(created.secretaryName()).isEqualTo("Nguyễn Văn Bí");
		assertThat(created.currentAreas()).extracting(CellAreaView::areaId).containsExactly(this.ward.areaB().id());
	}

	static Stream<Arguments> others() {
		return Stream.of(Arguments.of("secretary"), Arguments.of("officer"), Arguments.of("inspector"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("others")
	void onlyTheWardAdminChangesCells(String who) throws Exception {
		CurrentUser user = user(who);
		List<CellView> before = this.cells.list(this.ward.admin());
		String cellA = "/cells/" + this.ward.cellA().id();

		this.mvc.perform(get("/cells/new").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(get(cellA + "/edit").with(as(user))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cells/new").with(as(user))
				.with(csrf())
				.param("name", "Chi bộ C")
				.param("validFrom", "2024-01-01"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/cells/new").with(as(user)).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(cellA + "/edit").with(as(user))
				.with(csrf())
				.param("name", "Chi bộ A đổi tên")
				.param("validFrom", "2020-01-01")
				.param("areaIds", String.valueOf(this.ward.areaA().id()))
				.param("version", String.valueOf(this.ward.cellA().version())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(cellA + "/edit").with(as(user)).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());

		assertThat(this.cells.list(this.ward.admin())).isEqualTo(before);
	}

	static Stream<Arguments> badCell() {
		return Stream.of(Arguments.of("", "2024-01-01", "", "name", "Không được để trống."),
				Arguments.of("C".repeat(161), "2024-01-01", "", "name", "Không được quá 160 ký tự."),
				Arguments.of("Chi bộ A", "2024-01-01", "", "name", "Tên chi bộ này đã có trong phường."),
				Arguments.of("chi bộ a", "2024-01-01", "", "name", "Tên chi bộ này đã có trong phường."),
				Arguments.of("Chi bộ C", "", "", "validFrom", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("Chi bộ C", "01/02/2024", "", "validFrom", "Ngày không hợp lệ."), Arguments.of("Chi bộ C",
						"2024-06-01", "2024-05-31", "validTo", "Ngày kết thúc phải sau ngày bắt đầu."));
	}

	@ParameterizedTest(name = "name \"{0}\", {1} – {2}")
	@MethodSource("badCell")
	void badInputIsShownNextToTheFieldAndNothingIsWritten(String name, String validFrom, String validTo, String field,
			String message) throws Exception {
		List<CellView> before = this.cells.list(this.ward.admin());

		String page = this.mvc
			.perform(post("/cells/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", name)
				.param("validFrom", validFrom)
				.param("validTo", validTo)
				.param("areaIds", String.valueOf(this.ward.areaA().id())))
			.andExpect(status().isOk())
			.andExpect(view().name("cells/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "name")).isEqualTo(name);
		assertThat(page).containsPattern("value=\"" + this.ward.areaA().id() + "\"[^>]*checked=\"checked\"");
		assertThat(this.cells.list(this.ward.admin())).isEqualTo(before);
	}

	@Test
	void anAreaOfAnotherWardIsRefusedNextToTheAreas() throws Exception {
		TestWard other = this.fixtures.newWard();
		List<CellView> before = this.cells.list(this.ward.admin());

		String created = this.mvc
			.perform(post("/cells/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chi bộ Lấn Sân")
				.param("validFrom", "2024-01-01")
				.param("areaIds", String.valueOf(other.areaA().id())))
			.andExpect(status().isOk())
			.andExpect(view().name("cells/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String updated = this.mvc
			.perform(post("/cells/" + this.ward.cellA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chi bộ A")
				.param("validFrom", "2020-01-01")
				.param("areaIds", String.valueOf(this.ward.areaA().id()), String.valueOf(other.areaB().id()))
				.param("version", String.valueOf(this.ward.cellA().version())))
			.andExpect(status().isOk())
			.andExpect(view().name("cells/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(created, "areaIds")).isEqualTo("Khu dân cư không tồn tại trong phường.");
		assertThat(Html.fieldError(updated, "areaIds")).isEqualTo("Khu dân cư không tồn tại trong phường.");
		assertThat(this.cells.list(this.ward.admin())).isEqualTo(before);
		assertThat(this.cells.list(other.admin())).noneMatch((cell) -> cell.name().equals("Chi bộ Lấn Sân"));
	}

	@Test
	void anAreaIdThatIsNotANumberIsAnError() throws Exception {
		List<CellView> before = this.cells.list(this.ward.admin());

		String page = this.mvc
			.perform(post("/cells/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chi bộ Chữ")
				.param("validFrom", "2024-01-01")
				.param("areaIds", "abc"))
			.andExpect(status().isOk())
			.andExpect(view().name("cells/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "areaIds")).isEqualTo("Giá trị không hợp lệ.");
		assertThat(this.cells.list(this.ward.admin())).isEqualTo(before);
	}

	@Test
	void theEditFormPostsBackAsItIs() throws Exception {
		String cellA = "/cells/" + this.ward.cellA().id();
		String form = this.mvc.perform(get(cellA + "/edit").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, cellA + "/edit");
		fields.set("secretaryName", "Bí thư Mới");

		this.mvc.perform(post(cellA + "/edit").with(as(this.ward.admin())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(cellA));

		CellView after = this.cells.get(this.ward.admin(), this.ward.cellA().id());
		assertThat(after.secretaryName()).isEqualTo("Bí thư Mới");
		assertThat(after.name()).isEqualTo("Chi bộ A");
		assertThat(after.areas()).isEqualTo(this.ward.cellA().areas());
	}

	@Test
	void droppingAnAreaEndsItsLinkYesterday() throws Exception {
		LocalDate today = LocalDate.now(this.clock);

		this.mvc
			.perform(post("/cells/" + this.ward.cellA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("name", "Chi bộ A")
				.param("secretaryName", "Bí thư A")
				.param("validFrom", "2020-01-01")
				.param("areaIds", String.valueOf(this.ward.areaB().id()))
				.param("version", String.valueOf(this.ward.cellA().version())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cells/" + this.ward.cellA().id()));

		CellView after = this.cells.get(this.ward.admin(), this.ward.cellA().id());
		assertThat(after.currentAreas()).extracting(CellAreaView::areaId).containsExactly(this.ward.areaB().id());
		assertThat(after.areas()).anySatisfy((link) -> {
			assertThat(link.areaId()).isEqualTo(this.ward.areaA().id());
			assertThat(link.validTo()).isEqualTo(today.minusDays(1));
		});
	}

	private CurrentUser user(String who) {
		return switch (who) {
			case "secretary" -> this.ward.secretary();
			case "officer" -> this.ward.officer();
			case "inspector" -> this.ward.inspector();
			default -> throw new IllegalArgumentException(who);
		};
	}

}
