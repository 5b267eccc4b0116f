package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A twinning's page: its parties, term, contents, targets with their progress, joint
 * activities and the welfare programs of its gifts.
 */
public record TwinningView(Long id, Long ownerCellId, String title, TwinningStatus status, int fromYear, int toYear,
		LocalDate signedOn, String note, List<Party> parties, List<String> contents, List<TargetView> targets,
		List<ActivityView> activities, List<LinkedProgram> programs, Integer version) {

	/** The gifts of every linked program. */
	public int gifts() {
		return this.programs.stream().mapToInt(LinkedProgram::gifts).sum();
	}

	/** The value given through every linked program. */
	public Money given() {
		return this.programs.stream().map(LinkedProgram::given).reduce(Money.ZERO, Money::plus);
	}

	/**
	 * A party: a cell of the ward (its id) or a named outside cell (no id).
	 */
	public record Party(Long cellId, String name) {
	}

	/**
	 * A target and its progress: computed for {@code progressYear} from the register, or
	 * the last value entered.
	 */
	public record TargetView(Long id, String description, String measure, int targetValue, TwinningTargetKind kind,
			Integer baselineYear, List<String> areas, Integer progress, Integer progressYear, Integer baseline,
			List<ProgressView> entries) {

		/** Progress as a share of the target, 0–100 for the bar. */
		public int percent() {
			if (this.progress == null || this.targetValue <= 0) {
				return 0;
			}
			return Math.min(100, this.progress * 100 / this.targetValue);
		}

	}

	public record ProgressView(LocalDate date, int value, String note) {
	}

	public record ActivityView(LocalDate date, String title, String note, Integer people) {
	}

	public record LinkedProgram(Long id, String name, Integer year, int gifts, Money given) {
	}

}
