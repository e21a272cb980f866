package org.karma.connector.zip.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;

import org.apache.commons.compress.archivers.zip.UnrecognizedExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipShort;

/**
 * A random 64-bit token stored with every file KARMA writes, in a private extra field (header
 * {@code 0x4d4b}, "KM", 8 bytes; tools that do not know it skip it, as the ZIP format asks). It
 * makes {@link Node#version()} change with every write, also when equal content is written again
 * within the same second, while entries that are only copied keep it (and their version).
 */
final class WriteToken {

	/** The extra field's header id. */
	static final ZipShort HEADER_ID = new ZipShort(0x4d4b);

	private static final SecureRandom RANDOM = new SecureRandom();

	private WriteToken() {
	}

	/** A new token (never 0). */
	static long next() {
		long t;
		do {
			t = RANDOM.nextLong();
		} while (t == 0);
		return t;
	}

	/** The token of an entry, 0 when it has none. */
	static long of(ZipArchiveEntry entry) {
		ZipExtraField f = entry.getExtraField(HEADER_ID);
		if (f == null) {
			return 0;
		}
		byte[] data = f.getCentralDirectoryData();
		if (data == null || data.length != 8) {
			data = f.getLocalFileDataData();
		}
		if (data == null || data.length != 8) {
			return 0;
		}
		return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getLong();
	}

	/** Adds (or replaces) the token field of an entry. */
	static void set(ZipArchiveEntry entry, long token) {
		UnrecognizedExtraField f = new UnrecognizedExtraField();
		f.setHeaderId(HEADER_ID);
		byte[] data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(token).array();
		f.setLocalFileDataData(data);
		f.setCentralDirectoryData(data);
		entry.addExtraField(f);
	}
}
