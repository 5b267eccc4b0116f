package vn.sochibo.fund;

/**
 * A residential area, for the area filter of the public ledger.
 */
public record PublicArea(Long id, String name) {
}
