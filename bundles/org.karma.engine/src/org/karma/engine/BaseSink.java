package org.karma.engine;

import org.karma.connector.api.RelPath;

/**
 * Where the executor records the new base state, item by item, right after an item is applied
 * and verified (Unison's invariant: the base never runs ahead of the endpoints).
 */
public interface BaseSink {

	void put(RelPath path, BaseEntry entry) throws Exception;

	void remove(RelPath path) throws Exception;

	/** A sink that records into a map (tests, previews), one call at a time (items run in parallel). */
	static BaseSink into(java.util.Map<RelPath, BaseEntry> map) {
		return new BaseSink() {
			@Override
			public synchronized void put(RelPath path, BaseEntry entry) {
				map.put(path, entry);
			}

			@Override
			public synchronized void remove(RelPath path) {
				map.remove(path);
			}
		};
	}
}
