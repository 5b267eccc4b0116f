package vn.sochibo.household.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import vn.sochibo.household.ConfirmProposals;
import vn.sochibo.household.StatusKind;

/**
 * The bulk form of an area's review: the proposals ticked, the kind chosen on each line,
 * and the decision and standard for all of them.
 */
public class ConfirmProposalsForm {

	private List<Long> proposalIds = new ArrayList<>();

	private Map<Long, StatusKind> kinds = new LinkedHashMap<>();

	@Size(max = 160)
	private String standard;

	@Size(max = 160)
	private String decisionRef;

	ConfirmProposals toCommand() {
		return new ConfirmProposals(this.proposalIds, this.kinds, this.standard, this.decisionRef);
	}

	public List<Long> getProposalIds() {
		return this.proposalIds;
	}

	public void setProposalIds(List<Long> proposalIds) {
		this.proposalIds = proposalIds;
	}

	public Map<Long, StatusKind> getKinds() {
		return this.kinds;
	}

	public void setKinds(Map<Long, StatusKind> kinds) {
		this.kinds = kinds;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public String getDecisionRef() {
		return this.decisionRef;
	}

	public void setDecisionRef(String decisionRef) {
		this.decisionRef = decisionRef;
	}

}
