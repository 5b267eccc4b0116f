package vn.sochibo.household;

import java.util.List;
import java.util.stream.Collectors;

import vn.sochibo.shared.RuleViolationException;

/**
 * What was typed in a form's household field ({@code householdCode}) is no code, and more
 * than one household of the user's areas matches it as a name or an address: an error
 * next to the field that names the candidates with their codes, so the user picks one —
 * the application never picks for them.
 */
public class AmbiguousHouseholdException extends RuleViolationException {

	/** The candidates the message names, at most. */
	static final int LISTED = 5;

	private final transient List<HouseholdSuggestion> candidates;

	AmbiguousHouseholdException(String typed, List<HouseholdSuggestion> candidates) {
		super("householdCode", "household.ambiguous", typed, describe(candidates));
		this.candidates = List.copyOf(candidates);
	}

	/**
	 * The first of the matching households (at most {@value #LISTED}), best match first.
	 */
	public List<HouseholdSuggestion> candidates() {
		return this.candidates.subList(0, Math.min(LISTED, this.candidates.size()));
	}

	private static String describe(List<HouseholdSuggestion> candidates) {
		String listed = candidates.stream()
			.limit(LISTED)
			.map((household) -> household.code() + " " + household.headName() + " ("
					+ ((household.alley() != null) ? household.alley() : household.address()) + ")")
			.collect(Collectors.joining("; "));
		return (candidates.size() > LISTED) ? listed + "; …" : listed;
	}

}
