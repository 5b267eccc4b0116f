package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.Households;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ward's projects are reachable from its public page, without login: each with its
 * status, progress and what was raised against the plan, linking to the project's page;
 * and a project's fund page links back to its project.
 */
@IntegrationTest
class PublicWardProjectsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	@Autowired
	StatementCounter statements;

	ProjectFixtures fixtures;

	TestWard ward;

	@BeforeEach
	void ward() {
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
		this.fixtures.households(this.ward, this.ward.areaA(), 2);
	}

	@Test
	void theWardPageListsItsProjectsWithStatusProgressAndMoneyRaisedAgainstThePlan() throws Exception {
		ProjectDetail building = underConstruction(40);
		ProjectDetail proposed = this.fixtures.create(this.ward, this.ward.areaB());

		String page = html("/public/wards/" + this.ward.id());

		assertThat(page).contains("<html lang=\"vi\">").contains(">Công trình</h2>").doesNotContain("??");
		String card = card(page, building.name());
		assertThat(card).contains("href=\"/public/projects/" + building.id() + "\"")
			.contains("aria-valuenow=\"40\"")
			.contains("width: 40%");
		assertThat(text(card)).contains("Đang thi công")
			.contains("Bê tông hóa hẻm · Khu vực A · hẻm 49-57 đường Trần Văn Khéo")
			.contains("Kế hoạch vốn 200.000.000 đ")
			.contains("Đã huy động 140.000.000 đ đạt 70,0% kế hoạch vốn")
			.contains("Tiến độ thi công 40%")
			.contains("Xem công trình");
		String withoutPlan = card(page, proposed.name());
		assertThat(withoutPlan).contains("href=\"/public/projects/" + proposed.id() + "\"");
		assertThat(text(withoutPlan)).contains("Đề xuất")
			.contains("Kế hoạch vốn Chưa lập kế hoạch vốn")
			.contains("Đã huy động 0 đ")
			.doesNotContain("đạt ")
			.contains("Tiến độ thi công 0%");
	}

	@Test
	void aCancelledProjectStaysOnThePageLastAndWithoutAProgressBar() throws Exception {
		ProjectDetail cancelled = this.fixtures.projectIn(this.ward, ProjectStatus.CANCELLED);
		ProjectDetail proposed = this.fixtures.create(this.ward, this.ward.areaB());

		String page = html("/public/wards/" + this.ward.id());

		String projects = page.substring(page.indexOf("id=\"projects\""));
		assertThat(projects.indexOf(">" + cancelled.name() + "<"))
			.isGreaterThan(projects.indexOf(">" + proposed.name() + "<"));
		String card = card(page, cancelled.name());
		assertThat(card).contains("href=\"/public/projects/" + cancelled.id() + "\"")
			.contains("project-cancelled")
			.doesNotContain("progress-bar");
		assertThat(text(card)).contains("Đã hủy");
	}

	@Test
	void anotherWardsProjectsAreNotListed() throws Exception {
		ProjectDetail ours = this.fixtures.create(this.ward, this.ward.areaA());
		TestWard other = this.wards.newWard();
		ProjectDetail theirs = this.fixtures.create(other, other.areaA());

		String page = html("/public/wards/" + this.ward.id());

		assertThat(page).contains("href=\"/public/projects/" + ours.id() + "\"")
			.doesNotContain("href=\"/public/projects/" + theirs.id() + "\"")
			.doesNotContain(theirs.name());
	}

	@Test
	void aWardWithoutProjectsSaysSo() throws Exception {
		assertThat(html("/public/wards/" + this.ward.id())).contains("Phường chưa công khai công trình nào.");
	}

	@Test
	void aProjectsFundPageLinksToItsProjectAndACampaignFundPageDoesNot() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		LedgerScenario campaign = new LedgerScenario(this.funds, this.ledger, this.ward, this.fixtures.today())
			.fund("Quỹ Vì người nghèo", null);

		String projectFund = html("/public/funds/" + project.funding().fundId());
		String campaignFund = html("/public/funds/" + campaign.fundId());

		assertThat(projectFund).contains("href=\"/public/projects/" + project.id() + "\"")
			.contains("Xem trang công trình");
		assertThat(campaignFund).doesNotContain("/public/projects/").doesNotContain("Xem trang công trình");
	}

	@Test
	void theProjectListCostsTheSameStatementsForOneProjectOrTwenty() throws Exception {
		this.fixtures.create(this.ward, this.ward.areaA());
		TestWard many = this.wards.newWard();
		for (int i = 0; i < 20; i++) {
			ProjectDetail project = this.fixtures.create(many, (i % 2 == 0) ? many.areaA() : many.areaB());
			this.projects.savePlan(many.admin(), project.id(),
					new FundingPlan(null, Money.of(1_000_000L * (i + 1)), null, null), project.version());
		}

		int forOne = statementsFor(this.ward);
		int forTwenty = statementsFor(many);

		assertThat(forOne).isPositive();
		assertThat(forTwenty).isEqualTo(forOne);
	}

	/**
	 * A project of area A under construction at {@code progress}%, planned at 40.000.000
	 * đ from the state and 160.000.000 đ from residents, 140.000.000 đ raised.
	 */
	private ProjectDetail underConstruction(int progress) {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.UNDER_CONSTRUCTION);
		LocalDate today = this.fixtures.today();
		this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(40_000_000), Money.of(160_000_000), null, null), project.version());
		this.projects.addUpdate(this.ward.officer(), project.id(),
				new UpdateDetails(today, "Đổ bê tông đoạn đầu hẻm", progress, List.of()));
		Long fundId = project.funding().fundId();
		this.ledger.contribute(this.ward.officer(), new Contribution(fundId, today, PaymentMethod.CASH,
				Money.of(100_000_000), this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
		this.ledger.contribute(this.ward.officer(),
				new Contribution(fundId, today, PaymentMethod.BANK_TRANSFER, Money.of(40_000_000),
						this.ward.areaA().id(), null, ContributorKind.STATE, "Ngân sách phường",
						DisplayChoice.FULL_NAME, null, null));
		return this.projects.get(this.ward.admin(), project.id());
	}

	private int statementsFor(TestWard ward) throws Exception {
		html("/public/wards/" + ward.id());
		this.statements.reset();
		html("/public/wards/" + ward.id());
		return this.statements.count();
	}

	/** The page as an anonymous visitor gets it. */
	private String html(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The card of a project in the page's project list (its fund has a card of its own).
	 */
	private static String card(String page, String name) {
		int at = page.indexOf(">" + name + "<", page.indexOf("id=\"projects\""));
		assertThat(at).as("a card named " + name).isPositive();
		int start = page.lastIndexOf("<article", at);
		return page.substring(start, page.indexOf("</article>", start));
	}

	private static String text(String markup) {
		return Html.text(markup).replaceAll("\\s+", " ");
	}

}
