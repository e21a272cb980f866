package org.karma.core.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The log file of one run, {@code run-<id>.log} in the logs folder ({@link org.karma.core.KarmaHome#logs()}):
 * UTF-8, appended to, one line per call, each line starting with its UTC time and written
 * through to the file at once (a killed run keeps its log up to the last line).
 *
 * <p>Run logs are purged by age ({@link #purgeLogs}); the runs' rows in the history database stay.
 */
public final class RunLog implements AutoCloseable {

	/** How long run logs are kept unless configured otherwise. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

	private static final Pattern LOG_NAME = Pattern.compile("run-\\d+\\.log");

	private final Path file;
	private final Clock clock;
	private BufferedWriter writer;

	private RunLog(Path file, Clock clock, BufferedWriter writer) {
		this.file = file;
		this.clock = clock;
		this.writer = writer;
	}

	/** The log file of a run. */
	public static Path file(Path logsFolder, long runId) {
		return logsFolder.resolve("run-" + runId + ".log");
	}

	/** Opens (creating or appending to) the log of a run. */
	public static RunLog open(Path logsFolder, long runId, Clock clock) throws HistoryException {
		Objects.requireNonNull(clock, "clock");
		Path file = file(logsFolder, runId);
		try {
			Files.createDirectories(logsFolder);
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE);
			return new RunLog(file, clock, writer);
		} catch (IOException e) {
			throw new HistoryException("cannot open the run log " + file + ": " + e, e);
		}
	}

	public Path file() {
		return file;
	}

	/**
	 * Appends one line ({@code <UTC instant> <text>}); line breaks inside the text become spaces.
	 */
	public synchronized void line(String text) throws HistoryException {
		if (writer == null) {
			throw new HistoryException("the run log " + file + " is closed");
		}
		try {
			writer.write(clock.instant() + " " + HistoryException.oneLine(text));
			writer.newLine();
			writer.flush();
		} catch (IOException e) {
			throw new HistoryException("cannot write the run log " + file + ": " + e, e);
		}
	}

	/** Appends several lines at once (one flush), as {@link #line} would one by one. */
	public synchronized void lines(Iterable<String> texts) throws HistoryException {
		if (writer == null) {
			throw new HistoryException("the run log " + file + " is closed");
		}
		try {
			String now = clock.instant().toString();
			for (String text : texts) {
				writer.write(now + " " + HistoryException.oneLine(text));
				writer.newLine();
			}
			writer.flush();
		} catch (IOException e) {
			throw new HistoryException("cannot write the run log " + file + ": " + e, e);
		}
	}

	@Override
	public synchronized void close() throws HistoryException {
		if (writer == null) {
			return;
		}
		try {
			writer.close();
		} catch (IOException e) {
			throw new HistoryException("cannot close the run log " + file + ": " + e, e);
		} finally {
			writer = null;
		}
	}

	/**
	 * Deletes the run logs ({@code run-<id>.log}) of the folder last modified more than
	 * {@code maxAge} before the clock's now. Other files are left alone; a missing folder is empty.
	 *
	 * @return the deleted files
	 */
	public static List<Path> purgeLogs(Path logsFolder, Duration maxAge, Clock clock) throws HistoryException {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
		}
		Instant cutoff = clock.instant().minus(maxAge);
		List<Path> deleted = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(logsFolder,
				p -> LOG_NAME.matcher(p.getFileName().toString()).matches())) {
			for (Path log : files) {
				try {
					if (Files.isRegularFile(log) && Files.getLastModifiedTime(log).toInstant().isBefore(cutoff)) {
						Files.delete(log);
						deleted.add(log);
					}
				} catch (NoSuchFileException gone) {
					// purged by another process meanwhile
				}
			}
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (IOException | UncheckedIOException e) {
			throw new HistoryException("cannot purge the run logs in " + logsFolder + ": " + e, e);
		}
		return deleted;
	}
}
