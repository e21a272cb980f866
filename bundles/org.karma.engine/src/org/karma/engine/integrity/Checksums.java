package org.karma.engine.integrity;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A file's checksums: immutable, in {@link ChecksumAlgorithm} order, and small. A manifest of
 * 200,000 files holds 200,000 of these: one object and one array each, where an unmodifiable copy
 * of an {@link java.util.EnumMap} took four objects, one more copy when the manifest was made,
 * and more garbage for the collector at the end of a run.
 */
final class Checksums extends AbstractMap<ChecksumAlgorithm, String> {

	private static final ChecksumAlgorithm[] ALL = ChecksumAlgorithm.values();

	private final String[] sums; // by ordinal; null where the file has no such checksum
	private final int size;

	private Checksums(String[] sums) {
		this.sums = sums;
		int n = 0;
		for (String s : sums) {
			if (s != null) {
				n++;
			}
		}
		this.size = n;
	}

	/** The map itself when it is one of these, else an immutable copy (no null keys or values). */
	static Checksums of(Map<ChecksumAlgorithm, String> checksums) {
		if (checksums instanceof Checksums c) {
			return c;
		}
		String[] sums = new String[ALL.length];
		for (Map.Entry<ChecksumAlgorithm, String> e : checksums.entrySet()) {
			sums[Objects.requireNonNull(e.getKey(), "algorithm").ordinal()] = Objects.requireNonNull(e.getValue(),
					"checksum");
		}
		return new Checksums(sums);
	}

	/** An empty array for {@link #wrap}. */
	static String[] slots() {
		return new String[ALL.length];
	}

	/** Takes the array: {@code sums[a.ordinal()]} is algorithm a's checksum, or null. */
	static Checksums wrap(String[] sums) {
		if (sums.length != ALL.length) {
			throw new IllegalArgumentException("one slot per algorithm");
		}
		return new Checksums(sums);
	}

	@Override
	public String get(Object key) {
		return key instanceof ChecksumAlgorithm a ? sums[a.ordinal()] : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return get(key) != null;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public Set<Map.Entry<ChecksumAlgorithm, String>> entrySet() {
		return new AbstractSet<>() {
			@Override
			public int size() {
				return size;
			}

			@Override
			public Iterator<Map.Entry<ChecksumAlgorithm, String>> iterator() {
				return new Iterator<>() {
					private int next = advance(0);

					private int advance(int from) {
						int i = from;
						while (i < sums.length && sums[i] == null) {
							i++;
						}
						return i;
					}

					@Override
					public boolean hasNext() {
						return next < sums.length;
					}

					@Override
					public Map.Entry<ChecksumAlgorithm, String> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						Map.Entry<ChecksumAlgorithm, String> e = Map.entry(ALL[next], sums[next]);
						next = advance(next + 1);
						return e;
					}
				};
			}
		};
	}
}
