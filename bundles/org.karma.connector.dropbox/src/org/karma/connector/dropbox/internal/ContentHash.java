package org.karma.connector.dropbox.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Dropbox's {@code content_hash}: the content is cut into blocks of 4 MiB, each block hashed with
 * SHA-256, and the concatenation of the block hashes hashed again with SHA-256 (lower-case hex).
 * Fed incrementally, so an upload computes it as its bytes pass.
 */
public final class ContentHash {

	/** Bytes per block. */
	public static final int BLOCK = 4 * 1024 * 1024;

	private final MessageDigest overall = sha256();
	private final MessageDigest block = sha256();
	private int inBlock;

	/** Adds bytes. */
	public void update(byte[] bytes, int offset, int length) {
		while (length > 0) {
			int n = Math.min(length, BLOCK - inBlock);
			block.update(bytes, offset, n);
			inBlock += n;
			offset += n;
			length -= n;
			if (inBlock == BLOCK) {
				overall.update(block.digest());
				inBlock = 0;
			}
		}
	}

	/** The hash of everything added (ends this hasher). */
	public String hex() {
		if (inBlock > 0) {
			overall.update(block.digest());
			inBlock = 0;
		}
		return HexFormat.of().formatHex(overall.digest());
	}

	/** The content hash of a byte array. */
	public static String of(byte[] content) {
		ContentHash hash = new ContentHash();
		hash.update(content, 0, content.length);
		return hash.hex();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JRE has no SHA-256", e);
		}
	}
}
