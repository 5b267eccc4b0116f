package vn.sochibo.fund;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper evidence of a fund's ledger: each entry's hash is SHA-256 over the previous
 * entry's hash and a canonical form of the entry, so changing any stored entry breaks the
 * chain from that entry on. The first entry of a fund follows {@link #GENESIS}.
 */
public final class HashChain {

	/** The "previous hash" of a fund's first entry. */
	public static final String GENESIS = "0".repeat(64);

	/** Identifies the canonical form, so it can evolve without breaking old chains. */
	static final String FORMAT = "sochibo-ledger-v1";

	private HashChain() {
	}

	/**
	 * The hash of an entry whose canonical fields are given in order, after
	 * {@code previousHash}.
	 */
	public static String hash(String previousHash, List<?> canonicalFields) {
		StringBuilder canonical = new StringBuilder(FORMAT).append('\n').append(previousHash);
		for (Object field : canonicalFields) {
			canonical.append('\n').append(escape(field));
		}
		return sha256(canonical.toString());
	}

	/**
	 * One field per line: null as "\0", backslashes and line breaks escaped, so no two
	 * different entries have the same canonical form.
	 */
	private static String escape(Object field) {
		if (field == null) {
			return "\\0";
		}
		return field.toString().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
