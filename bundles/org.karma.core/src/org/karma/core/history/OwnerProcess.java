package org.karma.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * The operating system process that owns a run. The start instant tells a live owner apart
 * from an unrelated process that reuses its PID.
 */
public record OwnerProcess(long pid, Optional<Instant> started) {
}
