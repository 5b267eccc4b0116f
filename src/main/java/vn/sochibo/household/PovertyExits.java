package vn.sochibo.household;

/**
 * Households of some areas that were poor or near-poor in a baseline year
 * ({@code baseline} of them), and how many of those are neither in a later year
 * ({@code lifted}).
 */
public record PovertyExits(int baselineYear, int year, int baseline, int lifted) {
}
