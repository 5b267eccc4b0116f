package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A rating regulation (366-QĐ/TW, 124-QĐ/TW…), a versioned setting read from the
 * database: the first year it applies to, its criteria with their points, its level
 * thresholds and the facts that force "Không hoàn thành nhiệm vụ".
 */
public record RegulationView(Long id, String code, String title, LocalDate issuedOn, int effectiveFromYear,
		Integer effectiveToYear, List<Criterion> criteria, List<Threshold> thresholds,
		List<Disqualifier> disqualifiers) {

	/**
	 * The top-level criteria groups of the subject, in order (their points add up to
	 * 100).
	 */
	public List<Criterion> groups(RatingSubject subject) {
		return this.criteria.stream()
			.filter((criterion) -> criterion.subject() == subject && criterion.parentId() == null)
			.toList();
	}

	/** The child rows of a group, in order. */
	public List<Criterion> children(Long groupId) {
		return this.criteria.stream().filter((criterion) -> groupId.equals(criterion.parentId())).toList();
	}

	public List<Disqualifier> disqualifiers(RatingSubject subject) {
		return this.disqualifiers.stream().filter((fact) -> fact.subject() == subject).toList();
	}

	public Optional<Disqualifier> disqualifier(RatingSubject subject, Long id) {
		return disqualifiers(subject).stream().filter((fact) -> fact.id().equals(id)).findFirst();
	}

	/**
	 * The level a score reaches: the one with the highest threshold not above it.
	 */
	public RatingLevel levelFor(int score) {
		return this.thresholds.stream()
			.filter((threshold) -> threshold.minScore() <= score)
			.max(Comparator.comparingInt(Threshold::minScore))
			.map(Threshold::level)
			.orElse(RatingLevel.NOT_COMPLETED);
	}

	/**
	 * The threshold of a level, and the score below which it ends (the next level's
	 * threshold, or null for the highest level).
	 */
	public Integer upperBound(RatingLevel level) {
		int min = this.thresholds.stream()
			.filter((threshold) -> threshold.level() == level)
			.mapToInt(Threshold::minScore)
			.findFirst()
			.orElse(0);
		return this.thresholds.stream()
			.map(Threshold::minScore)
			.filter((other) -> other > min)
			.min(Integer::compare)
			.orElse(null);
	}

	public boolean appliesTo(int year) {
		return year >= this.effectiveFromYear && (this.effectiveToYear == null || year <= this.effectiveToYear);
	}

	public record Criterion(Long id, RatingSubject subject, Long parentId, String label, String title, int maxPoints) {
	}

	public record Threshold(RatingLevel level, int minScore) {
	}

	public record Disqualifier(Long id, RatingSubject subject, String title) {
	}

}
