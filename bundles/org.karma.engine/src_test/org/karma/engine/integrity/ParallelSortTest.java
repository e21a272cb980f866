package org.karma.engine.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** Sorting a manifest's files on the run's threads: the same order as a plain stable sort. */
class ParallelSortTest {

	/** A key with duplicates, and where it came from: equal keys must keep their order. */
	record Item(int key, int origin) {
	}

	private static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

	private static Item[] items(int n, long seed) {
		Random random = new Random(seed);
		Item[] items = new Item[n];
		for (int i = 0; i < n; i++) {
			items[i] = new Item(random.nextInt(Math.max(1, n / 3)), i); // about three of each key
		}
		return items;
	}

	@Test
	void givesTheOrderOfAStableSortForEverySizeAndNumberOfThreads() {
		int s = ParallelSort.MIN_SLICE;
		for (int n : new int[] { 0, 1, 2, 100, s - 1, s, 2 * s - 1, 2 * s, 2 * s + 1, 3 * s + 7, 5 * s + 3, 17 * s + 5 }) {
			for (int threads : new int[] { 1, 2, 3, 4, 5, 8, 64 }) {
				Item[] expected = items(n, n * 31L + threads);
				Item[] actual = expected.clone();
				Arrays.sort(expected, BY_KEY); // stable
				ParallelSort.sort(actual, BY_KEY, threads);
				assertArrayEquals(expected, actual, n + " items, " + threads + " threads");
			}
		}
	}

	@Test
	void sortsOnAsManyThreadsAsAsked() {
		Set<Thread> comparing = ConcurrentHashMap.newKeySet();
		Item[] items = items(4 * ParallelSort.MIN_SLICE, 7);
		ParallelSort.sort(items, (a, b) -> {
			comparing.add(Thread.currentThread());
			return BY_KEY.compare(a, b);
		}, 4);
		// four slices sorted on four threads (the merges run on threads of their own too)
		assertTrue(comparing.size() >= 4, "slices sorted at the same time: " + comparing);
		for (int i = 1; i < items.length; i++) {
			assertTrue(BY_KEY.compare(items[i - 1], items[i]) <= 0);
		}
	}

	@Test
	void aFailingComparisonIsThrownToTheCaller() {
		Item[] items = items(3 * ParallelSort.MIN_SLICE, 9);
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelSort.sort(items, (a, b) -> {
			if (a.key() == 5 || b.key() == 5) {
				throw new IllegalStateException("cannot compare");
			}
			return BY_KEY.compare(a, b);
		}, 3));
		assertEquals("cannot compare", e.getMessage());
		assertEquals(0, Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("karma-sort-"))
				.filter(Thread::isAlive).count(), "no helper thread left");
	}
}
