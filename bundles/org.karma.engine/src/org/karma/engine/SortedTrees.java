package org.karma.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.karma.connector.api.RelPath;

/**
 * Builds path-ordered {@link TreeMap}s from unordered maps in O(n log n) compares by one array
 * sort plus the linear-time {@code TreeMap(SortedMap)} construction, instead of n tree
 * insertions with rebalancing (scans hand over hundreds of thousands of paths in hash order).
 */
final class SortedTrees {

	private SortedTrees() {
	}

	@SuppressWarnings("unchecked")
	static <V> TreeMap<RelPath, V> of(Map<RelPath, V> map) {
		if (map instanceof SortedMap<RelPath, V> sorted && sorted.comparator() == null) {
			return new TreeMap<>(sorted); // linear: already in path order
		}
		Map.Entry<RelPath, V>[] entries = map.entrySet().toArray(new Map.Entry[0]);
		Arrays.sort(entries, Map.Entry.comparingByKey());
		return new TreeMap<>(new SortedView<>(entries));
	}

	/**
	 * A sorted-map view of entries already in strictly ascending path order, for
	 * {@code TreeMap.putAll} into an empty map (linear) or its copy constructor.
	 */
	@SuppressWarnings("unchecked")
	static <V> SortedMap<RelPath, V> view(java.util.List<Map.Entry<RelPath, V>> ascending) {
		return new SortedView<>(ascending.toArray(new Map.Entry[0]));
	}

	/** Just enough of a sorted map for {@code TreeMap}'s copy constructor: size, order, entries. */
	private static final class SortedView<V> extends AbstractMap<RelPath, V> implements SortedMap<RelPath, V> {
		private final Map.Entry<RelPath, V>[] entries;

		SortedView(Map.Entry<RelPath, V>[] entries) {
			this.entries = entries;
		}

		@Override
		public Set<Map.Entry<RelPath, V>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public Iterator<Map.Entry<RelPath, V>> iterator() {
					return Arrays.asList(entries).iterator();
				}

				@Override
				public int size() {
					return entries.length;
				}
			};
		}

		@Override
		public Comparator<? super RelPath> comparator() {
			return null;
		}

		@Override
		public SortedMap<RelPath, V> subMap(RelPath fromKey, RelPath toKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SortedMap<RelPath, V> headMap(RelPath toKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SortedMap<RelPath, V> tailMap(RelPath fromKey) {
			throw new UnsupportedOperationException();
		}

		@Override
		public RelPath firstKey() {
			return entries[0].getKey();
		}

		@Override
		public RelPath lastKey() {
			return entries[entries.length - 1].getKey();
		}
	}
}
