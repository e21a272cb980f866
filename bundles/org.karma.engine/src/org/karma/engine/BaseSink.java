package org.karma.engine;

import org.karma.connector.api.RelPath;

/**
 * Where the executor records the new base state, item by item, right after an item is applied
 * and verified (Unison's invariant: the base never runs ahead of the endpoints).
 */
public interface BaseSink {

	void put(RelPath path, BaseEntry entry) throws Exception;

	void remove(RelPath path) throws Exception;
}
