package vn.sochibo.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A final edition as it was frozen: the document, its figures by key, the head of every
 * fund it counts at that moment, and the SHA-256 of the three; {@code intact} when the
 * stored hash still matches what is stored.
 */
public record FrozenEdition(int edition, String reason, PartyDocument document, Map<String, String> figures,
		List<FundHead> heads, String sha256, String finalizedBy, Instant finalizedAt, boolean intact) {

	public FrozenEdition {
		figures = Map.copyOf(figures);
		heads = List.copyOf(heads);
	}

	/** A fund's chain head when the report was frozen. */
	public record FundHead(Long fundId, String name, String head, int entries) {
	}

}
