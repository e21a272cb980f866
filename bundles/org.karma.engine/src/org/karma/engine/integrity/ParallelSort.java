package org.karma.engine.integrity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sorts an array on several threads: slices are sorted at the same time, then merged. Stable,
 * like {@link Arrays#sort(Object[], Comparator)}, and the result does not depend on the number of
 * threads. {@link Arrays#parallelSort} is not used: it sorts on the common pool, whose parallelism
 * is one less than the cores, and on two cores that is one, so it sorts on the calling thread alone
 * (a manifest of 200,000 files: 0.3 s on one core, where the slices take half that on two).
 */
final class ParallelSort {

	/** Slices are at least this long: below, a second thread costs more than it saves. */
	static final int MIN_SLICE = 8192;

	private ParallelSort() {
	}

	static <T> void sort(T[] a, Comparator<? super T> order, int threads) {
		int slices = Math.min(threads, a.length / MIN_SLICE);
		if (slices <= 1) {
			Arrays.sort(a, order);
			return;
		}
		int[] bounds = new int[slices + 1];
		for (int i = 0; i <= slices; i++) {
			bounds[i] = (int) ((long) a.length * i / slices);
		}
		inParallel(slices, i -> Arrays.sort(a, bounds[i], bounds[i + 1], order));
		// merge neighbouring runs, pairs at the same time, until one run is left
		T[] from = a;
		T[] to = a.clone();
		int[] runs = bounds;
		while (runs.length > 2) {
			int pairs = (runs.length - 1) / 2;
			int[] merged = new int[(runs.length - 1 + 1) / 2 + 1];
			for (int i = 0; i < merged.length - 1; i++) {
				merged[i] = runs[2 * i];
			}
			merged[merged.length - 1] = runs[runs.length - 1];
			T[] src = from;
			T[] dst = to;
			int[] r = runs;
			inParallel(merged.length - 1, i -> {
				int lo = r[2 * i];
				if (i < pairs && pairs == 1) { // the last merge: its two halves at the same time
					mergeInTwo(src, lo, r[2 * i + 1], r[2 * i + 2], dst, order);
				} else if (i < pairs) {
					merge(src, lo, r[2 * i + 1], r[2 * i + 2], dst, order);
				} else { // an odd run out: carried over as it is
					System.arraycopy(src, lo, dst, lo, r[2 * i + 1] - lo);
				}
			});
			runs = merged;
			from = dst;
			to = src;
		}
		if (from != a) {
			System.arraycopy(from, 0, a, 0, a.length);
		}
	}

	/**
	 * Merges src[lo, mid) and src[mid, hi), both sorted, into dst[lo, hi), on equal keys the left
	 * run first: the two halves of the result at the same time when the runs are long (the last
	 * merge of a two-thread sort would otherwise take one core only).
	 */
	private static <T> void mergeInTwo(T[] src, int lo, int mid, int hi, T[] dst, Comparator<? super T> order) {
		if (mid - lo < MIN_SLICE || hi - mid < MIN_SLICE) {
			merge(src, lo, mid, hi, dst, order);
			return;
		}
		// the left run's middle element, and where it would go in the right run: before its equals
		int i = (lo + mid) >>> 1;
		int j = lowerBound(src, mid, hi, src[i], order);
		int at = lo + (i - lo) + (j - mid);
		inParallel(2, half -> {
			if (half == 0) {
				merge(src, lo, i, mid, j, dst, lo, order);
			} else {
				merge(src, i, mid, j, hi, dst, at, order);
			}
		});
	}

	/** The first index in src[from, to) whose element is not less than {@code key}. */
	private static <T> int lowerBound(T[] src, int from, int to, T key, Comparator<? super T> order) {
		int low = from;
		int high = to;
		while (low < high) {
			int m = (low + high) >>> 1;
			if (order.compare(src[m], key) < 0) {
				low = m + 1;
			} else {
				high = m;
			}
		}
		return low;
	}

	/** Merges src[lo, mid) and src[mid, hi), both sorted, into dst[lo, hi); on equal keys the left run first. */
	private static <T> void merge(T[] src, int lo, int mid, int hi, T[] dst, Comparator<? super T> order) {
		merge(src, lo, mid, mid, hi, dst, lo, order);
	}

	/** Merges the sorted runs src[a, aEnd) and src[b, bEnd) into dst from {@code at}; on equal keys run a first. */
	private static <T> void merge(T[] src, int a, int aEnd, int b, int bEnd, T[] dst, int at, Comparator<? super T> order) {
		int i = a;
		int j = b;
		int k = at;
		while (i < aEnd && j < bEnd) {
			dst[k++] = order.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
		}
		System.arraycopy(src, i, dst, k, aEnd - i);
		System.arraycopy(src, j, dst, k + aEnd - i, bEnd - j);
	}

	private interface Slice {
		void run(int index);
	}

	/** Runs slices 0 to n-1, the first on this thread and each other on a thread of its own; rethrows the first failure. */
	private static void inParallel(int n, Slice slice) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread[] helpers = new Thread[n - 1];
		for (int i = 1; i < n; i++) {
			int index = i;
			helpers[i - 1] = new Thread(() -> {
				try {
					slice.run(index);
				} catch (RuntimeException | Error e) {
					failure.compareAndSet(null, e);
				}
			}, "karma-sort-" + i);
			helpers[i - 1].setDaemon(true);
			helpers[i - 1].start();
		}
		try {
			slice.run(0);
		} catch (RuntimeException | Error e) {
			failure.compareAndSet(null, e);
		}
		boolean interrupted = false;
		for (Thread helper : helpers) {
			while (true) {
				try {
					helper.join();
					break;
				} catch (InterruptedException e) {
					interrupted = true; // the helpers are short; the array must not be left half sorted
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		Throwable f = failure.get();
		if (f instanceof RuntimeException r) {
			throw r;
		}
		if (f instanceof Error e) {
			throw e;
		}
	}
}
