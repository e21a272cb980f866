package org.karma.core.history;

import java.util.Optional;

/**
 * One item a run acted on.
 *
 * @param runId the run
 * @param path the item's path relative to the pair's roots, with {@code /} separators
 * @param action what was to be done (the engine's action name, e.g. {@code COPY_LEFT_TO_RIGHT})
 * @param size the item's size in bytes, or -1 when unknown
 * @param result what became of it
 * @param error the one-line error when it failed
 */
public record Item(long runId, String path, String action, long size, ItemResult result, Optional<String> error) {
}
