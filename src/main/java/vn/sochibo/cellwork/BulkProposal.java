package vn.sochibo.cellwork;

/**
 * The proposal for one member in the quick proposal of many: score and level, and the
 * version of the member's rating the form was opened on.
 */
public record BulkProposal(Long memberId, Integer score, RatingLevel level, Integer version) {

}
