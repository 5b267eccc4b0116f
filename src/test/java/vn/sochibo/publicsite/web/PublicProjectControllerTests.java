package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.project.BoardMemberDetails;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.MeetingDetails;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.StatusChange;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.project.UploadedPhoto;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.project.ProjectFixtures.png;

/**
 * The public page of a project, as anyone sees it without logging in: what is built, its
 * money and timeline — and nothing private.
 */
@ServerTest
class PublicProjectControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	TestWard ward;

	ProjectDetail project;

	HouseholdDetail household;

	Long photoId;

	@BeforeEach
	void projectUnderConstruction() {
		ProjectFixtures fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		LocalDate today = LocalDate.now(this.clock);
		this.ward = this.wards.newWard();
		this.household = this.wards.household(this.ward, this.ward.areaA(), "Phan Văn Riêng Tư");
		fixtures.households(this.ward, this.ward.areaA(), 2);
		ProjectDetail created = fixtures.create(this.ward.officer(), this.ward.areaA(), "Bê tông hóa hẻm 49-57");
		Long id = created.id();
		this.projects.savePlan(this.ward.officer(), id,
				new FundingPlan(Money.of(40_000_000), Money.of(160_000_000), null, null), created.version());
		this.projects.addBoardMember(this.ward.officer(), id,
				new BoardMemberDetails("Trần Văn Giám Sát", "Trưởng ban", "0912 345 678"));
		this.projects.changeStatus(this.ward.officer(), id, new StatusChange(ProjectStatus.CONSULTING, today, null));
		this.projects.addMeeting(this.ward.officer(), id,
				new MeetingDetails(today.minusDays(5), 3, 3, "Biên bản kín: ông Ba phản đối mức đóng góp"));
		this.projects.changeStatus(this.ward.officer(), id, new StatusChange(ProjectStatus.APPROVED, today, null));
		this.projects.changeStatus(this.ward.officer(), id,
				new StatusChange(ProjectStatus.UNDER_CONSTRUCTION, today.minusDays(2), null));
		this.projects.addUpdate(this.ward.officer(), id, new UpdateDetails(today, "Đổ bê tông đoạn đầu hẻm", 40,
				List.of(new UploadedPhoto("do-be-tong.png", png(1500)))));
		Long fundId = created.funding().fundId();
		this.ledger.contribute(this.ward.officer(),
				new Contribution(fundId, today, PaymentMethod.CASH, Money.of(100_000_000), this.ward.areaA().id(),
						this.household.id(), ContributorKind.HOUSEHOLD, null, DisplayChoice.ANONYMOUS, null, null));
		this.ledger.contribute(this.ward.officer(),
				new Contribution(fundId, today, PaymentMethod.BANK_TRANSFER, Money.of(40_000_000),
						this.ward.areaA().id(), null, ContributorKind.STATE, "Ngân sách phường",
						DisplayChoice.FULL_NAME, null, null));
		this.ledger.spend(this.ward.officer(),
				Expenditure.commonWork(fundId, today, Money.of(30_000_000), "Công ty TNHH Xây dựng Thuận Phát",
						"Tạm ứng thi công", "PC-01", "Nguyễn Văn Duyệt", this.ward.areaA().id()));
		this.project = this.projects.get(this.ward.admin(), id);
		this.photoId = this.project.updates().get(0).photoIds().get(0);
	}

	@Test
	void anyoneSeesTheProjectItsMoneyAndItsTimelineWithoutLoggingIn() {
		Page page = new Browser(this.port).get("/public/projects/" + this.project.id());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"vi\">")
			.contains(this.ward.ward().name())
			.contains("Bê tông hóa hẻm 49-57")
			.contains("Bê tông hóa hẻm</dd>")
			.contains("Khu vực A")
			.contains("hẻm 49-57 đường Trần Văn Khéo")
			.contains("Đang thi công")
			.contains("aria-valuenow=\"40\"")
			.contains("120,5 m")
			.contains("Đổ bê tông đoạn đầu hẻm")
			.contains("src=\"/public/projects/" + this.project.id() + "/photos/" + this.photoId + "\"")
			.contains("href=\"/public/funds/" + this.project.funding().fundId() + "\"")
			.contains("Trần Văn Giám Sát")
			.contains("Trưởng ban")
			.contains("Đăng nhập")
			.doesNotContain("??");
		assertThat(Html.rows(page.body())).contains("Ngân sách nhà nước | 40.000.000 đ | 40.000.000 đ | 100,0% |",
				"Nhân dân đóng góp | 160.000.000 đ | 100.000.000 đ | 62,5% |",
				"Tổng cộng | 200.000.000 đ | 140.000.000 đ | |", "Đã chi | | 30.000.000 đ | |",
				"Trong đó tiền đã thu | | 140.000.000 đ | |", "Còn lại (tiền) | | 110.000.000 đ | |");
		assertThat(Html.rows(page.body())).anySatisfy((row) -> assertThat(row).contains("| 3 | 3 | 3 | 100,0% |"));
	}

	@Test
	void thePublicPageShowsNoPrivateData() {
		Page page = new Browser(this.port).get("/public/projects/" + this.project.id());

		// the project's page itself, with its public board and timeline...
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Bê tông hóa hẻm 49-57")
			.contains("Trần Văn Giám Sát")
			.contains("Đổ bê tông đoạn đầu hẻm");
		// ...and none of what is private
		assertThat(page.body()).doesNotContain("0912 345 678")
			.doesNotContain("Biên bản kín")
			.doesNotContain(this.ward.officer().username())
			.doesNotContain(this.household.headName())
			.doesNotContain(this.household.phone())
			.doesNotContain(this.household.address())
			.doesNotContain("Nguyễn Văn Duyệt")
			.doesNotContain("Lịch sử thay đổi")
			.doesNotContain("<form class=\"d-inline")
			.doesNotContain("/projects/" + this.project.id() + "/edit")
			.doesNotContain("href=\"/funds/");
	}

	@Test
	void itsPhotosAreServedPubliclyButOnlyThroughTheirOwnProject() throws Exception {
		byte[] served = this.mvc.perform(get("/public/projects/" + this.project.id() + "/photos/" + this.photoId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(png(1500));

		ProjectDetail other = new ProjectFixtures(this.projects, this.wards, this.households, this.clock)
			.create(this.ward, this.ward.areaB());
		this.mvc.perform(get("/public/projects/" + other.id() + "/photos/" + this.photoId))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/public/projects/" + this.project.id() + "/photos/" + Long.MAX_VALUE))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownProjectIsTheNotFoundPageInVietnamese() {
		Browser browser = new Browser(this.port);

		Page missing = browser.get("/public/projects/" + Long.MAX_VALUE);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy");
		assertThat(browser.get("/public/projects/abc").status()).isEqualTo(400);
	}

	@Test
	void thePublicPageRefusesPostsAndNothingChanges() throws Exception {
		String path = "/public/projects/" + this.project.id();
		Browser browser = new Browser(this.port);
		browser.get(path);
		// The public pages are read-only: every write answers "method not allowed", token
		// or not.
		assertThat(browser.postWithoutToken(path, Map.of("name", "Đổi tên")).status()).isEqualTo(405);
		browser.get("/login");
		assertThat(browser.post(path, Map.of("name", "Đổi tên")).status()).isEqualTo(405);
		// A logged-in user gets "method not allowed": the public pages are read-only.
		this.mvc.perform(post(path).with(csrf()).with(as(this.ward.admin())).param("name", "Đổi tên"))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post(path + "/photos/" + this.photoId).with(csrf()).with(as(this.ward.admin())))
			.andExpect(status().isMethodNotAllowed());

		assertThat(this.projects.get(this.ward.admin(), this.project.id())).isEqualTo(this.project);
	}

}
