package vn.sochibo.project.web;

import vn.sochibo.project.FundingLine;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.shared.Money;

/**
 * The planned amount from each source ("160.000.000"); a blank amount is zero. The
 * service refuses negative and absurd amounts.
 */
public class FundingPlanForm {

	private Money stateBudget;

	private Money residents;

	private Money sponsors;

	private Money inKind;

	private Integer version;

	static FundingPlanForm of(ProjectDetail project) {
		FundingPlanForm form = new FundingPlanForm();
		for (FundingLine line : project.funding().lines()) {
			Money planned = line.planned();
			switch (line.source()) {
				case STATE_BUDGET -> form.stateBudget = planned;
				case RESIDENTS -> form.residents = planned;
				case SPONSORS -> form.sponsors = planned;
				case IN_KIND -> form.inKind = planned;
			}
		}
		form.version = project.version();
		return form;
	}

	FundingPlan toPlan() {
		return new FundingPlan(this.stateBudget, this.residents, this.sponsors, this.inKind);
	}

	public Money getStateBudget() {
		return this.stateBudget;
	}

	public void setStateBudget(Money stateBudget) {
		this.stateBudget = stateBudget;
	}

	public Money getResidents() {
		return this.residents;
	}

	public void setResidents(Money residents) {
		this.residents = residents;
	}

	public Money getSponsors() {
		return this.sponsors;
	}

	public void setSponsors(Money sponsors) {
		this.sponsors = sponsors;
	}

	public Money getInKind() {
		return this.inKind;
	}

	public void setInKind(Money inKind) {
		this.inKind = inKind;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
