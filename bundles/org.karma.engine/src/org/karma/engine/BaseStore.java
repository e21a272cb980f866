package org.karma.engine;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;

/**
 * The crash-safe store of the last synced state ({@link BaseState}) of one pair of endpoints, kept
 * in a folder chosen by the caller.
 *
 * <p>Files in the folder:
 * <ul>
 * <li>{@code base.snapshot}: magic {@code KARMABS1}, int format version, int entry count, the
 * entries, then a CRC32C over everything before it. Replaced only atomically (temp, fsync, rename,
 * directory fsync).</li>
 * <li>{@code base.journal}: magic {@code KARMABJ1}, int format version, then append-only records:
 * int length, int ~length, payload, CRC32C over length and payload. A payload is a put (path and
 * entry) or a remove (path). Records are idempotent, so replaying one twice is harmless.</li>
 * <li>{@code base.lock}: locked with {@link FileChannel#tryLock()} while the store is open; the OS
 * drops the lock when the process dies.</li>
 * </ul>
 *
 * <p>Invariant (Unison's): the executor calls {@link #put} or {@link #remove} for an item only
 * after the item was applied and verified, and the record is durable when the call returns. A
 * killed run loses at most the record being written (a torn last record is ignored; the path then
 * has no base entry, which the planner treats like a first run: equal is in sync, different is a
 * conflict). Anything else that does not verify makes the store {@link Status#DAMAGED}: its files
 * are moved aside as {@code *.damaged-<timestamp>}, never deleted, and {@link #state()} is
 * {@link BaseState#EMPTY} — never a partial base.
 *
 * <p>Encoding: integers big-endian; strings as int byte length and exact UTF-8 (no normalization;
 * a string that is not valid UTF-16 is refused rather than altered); a path as int segment count and
 * its segments; a {@link FileState} as a kind byte ({@code F D L O}), long size, a flags byte (1:
 * mtime present, 2: hash present), mtime as long epoch seconds and int nanos, hash, version.
 *
 * <p>Not thread-safe: one writer per pair, which the lock enforces across processes.
 */
public final class BaseStore implements BaseSink, AutoCloseable {

	/** What {@link #open} found. */
	public enum Status {
		/** The store was read completely and verified. */
		OK,
		/** There was no store: a first run. */
		MISSING,
		/** The store did not verify; see {@link #damageReason()}. The state is empty. */
		DAMAGED
	}

	/** Thrown by {@link #open} when another run holds the pair's store. */
	public static final class LockedException extends IOException {
		private static final long serialVersionUID = 1L;

		LockedException(String message) {
			super(message);
		}
	}

	/** Steps of {@link #compact}, for crash tests. */
	enum CompactStep {
		TEMP_WRITTEN, RENAMED, JOURNAL_TRUNCATED
	}

	static final String SNAPSHOT = "base.snapshot";
	static final String JOURNAL = "base.journal";
	static final String LOCK = "base.lock";
	static final String TEMP_SUFFIX = ".tmp";
	static final int FORMAT_VERSION = 1;

	private static final byte[] SNAPSHOT_MAGIC = "KARMABS1".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] JOURNAL_MAGIC = "KARMABJ1".getBytes(StandardCharsets.US_ASCII);
	static final int JOURNAL_HEADER = 12;
	private static final int MAX_RECORD = 64 << 20;
	private static final byte OP_PUT = 'P';
	private static final byte OP_REMOVE = 'R';
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss.SSS")
			.withZone(ZoneOffset.UTC);

	private final Path directory;
	private final FileChannel lockChannel;
	private final FileLock lock;
	private final TreeMap<RelPath, BaseEntry> entries;
	private final Status status;
	private final String damageReason;
	private FileChannel journal;
	private long journalRecords;
	private BaseState cached;
	private boolean closed;

	private BaseStore(Path directory, FileChannel lockChannel, FileLock lock, TreeMap<RelPath, BaseEntry> entries,
			Status status, String damageReason, FileChannel journal, long journalRecords) {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.entries = entries;
		this.status = status;
		this.damageReason = damageReason;
		this.journal = journal;
		this.journalRecords = journalRecords;
	}

	/** Opens (creating if needed) the store in {@code directory}, using the system clock for names. */
	public static BaseStore open(Path directory) throws IOException {
		return open(directory, Clock.systemUTC());
	}

	/**
	 * Opens (creating if needed) the store in {@code directory} and holds its lock until
	 * {@link #close()}.
	 *
	 * @param clock names damaged files moved aside
	 * @throws LockedException if another run (in this or another process) has the store open
	 * @throws IOException     if the store cannot be read or written, or was written by a newer
	 *                         format version (left untouched)
	 */
	public static BaseStore open(Path directory, Clock clock) throws IOException {
		Objects.requireNonNull(clock);
		Files.createDirectories(directory);
		FileChannel lockChannel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = lockChannel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		} catch (IOException | RuntimeException e) {
			lockChannel.close();
			throw e;
		}
		if (lock == null) {
			lockChannel.close();
			throw new LockedException("the base store " + directory + " is in use by another run");
		}
		try {
			return load(directory, clock, lockChannel, lock);
		} catch (IOException | RuntimeException | Error e) {
			lock.release();
			lockChannel.close();
			throw e;
		}
	}

	private static BaseStore load(Path dir, Clock clock, FileChannel lockChannel, FileLock lock) throws IOException {
		Path snapshot = dir.resolve(SNAPSHOT);
		Path journalFile = dir.resolve(JOURNAL);
		// our own incomplete temp files from a crash before their rename: never renamed, so never data
		Files.deleteIfExists(dir.resolve(SNAPSHOT + TEMP_SUFFIX));
		Files.deleteIfExists(dir.resolve(JOURNAL + TEMP_SUFFIX));
		boolean hasSnapshot = Files.exists(snapshot);
		boolean hasJournal = Files.exists(journalFile);
		TreeMap<RelPath, BaseEntry> map = new TreeMap<>();
		Status status = Status.OK;
		String reason = null;
		long records = 0;
		long[] validEnd = { -1 };
		if (!hasSnapshot && !hasJournal) {
			status = Status.MISSING;
		} else {
			try {
				if (!hasSnapshot) {
					throw new Damage("the snapshot " + SNAPSHOT + " is missing but a journal exists");
				}
				readSnapshot(Files.readAllBytes(snapshot), map);
				if (hasJournal) {
					records = replayJournal(Files.readAllBytes(journalFile), map, validEnd);
				} else if (!map.isEmpty()) {
					throw new Damage("the journal " + JOURNAL + " is missing");
				}
			} catch (Damage d) {
				String stamp = STAMP.format(clock.instant());
				moveAside(snapshot, stamp);
				moveAside(journalFile, stamp);
				map.clear();
				records = 0;
				status = Status.DAMAGED;
				reason = d.getMessage();
				hasSnapshot = false;
				hasJournal = false;
			}
		}
		if (!hasSnapshot) {
			writeSnapshot(dir, map, null);
		}
		if (!hasJournal) {
			writeNewJournal(dir);
		}
		FileChannel channel = FileChannel.open(journalFile, StandardOpenOption.WRITE);
		try {
			if (hasJournal && validEnd[0] >= 0 && validEnd[0] < channel.size()) {
				// cut the torn tail off, or the next record would follow garbage and read as damage
				channel.truncate(validEnd[0]);
				channel.force(true);
			}
			channel.position(channel.size());
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		return new BaseStore(dir, lockChannel, lock, map, status, reason, channel, records);
	}

	/** The last synced state; {@link BaseState#EMPTY} when missing or damaged at open. */
	public BaseState state() {
		if (cached == null) {
			cached = entries.isEmpty() ? BaseState.EMPTY : new BaseState(entries);
		}
		return cached;
	}

	public Status status() {
		return status;
	}

	/** One line on what was wrong, or null unless {@link Status#DAMAGED}. */
	public String damageReason() {
		return damageReason;
	}

	/** Records in the journal since the last compaction (a caller may compact when it grows). */
	public long journalRecords() {
		return journalRecords;
	}

	/** Records the base entry of a path that was just applied and verified; durable on return. */
	@Override
	public void put(RelPath path, BaseEntry entry) throws IOException {
		putAll(Map.of(path, entry));
	}

	/** Forgets a path that was just deleted on both sides and verified; durable on return. */
	@Override
	public void remove(RelPath path) throws IOException {
		removeAll(List.of(path));
	}

	/** Records several entries with one write and one force. */
	public void putAll(Map<RelPath, BaseEntry> batch) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<RelPath, BaseEntry> e : batch.entrySet()) {
			appendRecord(out, putPayload(e.getKey(), Objects.requireNonNull(e.getValue())));
		}
		commit(out.toByteArray(), batch.size());
		batch.forEach(entries::put);
	}

	/** Forgets several paths with one write and one force. */
	public void removeAll(Collection<RelPath> paths) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (RelPath path : paths) {
			ByteArrayOutputStream payload = new ByteArrayOutputStream();
			DataOutputStream data = new DataOutputStream(payload);
			data.writeByte(OP_REMOVE);
			writePath(data, path);
			appendRecord(out, payload.toByteArray());
		}
		commit(out.toByteArray(), paths.size());
		paths.forEach(entries::remove);
	}

	private void commit(byte[] bytes, int count) throws IOException {
		checkOpen();
		if (count == 0) {
			return;
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		while (buffer.hasRemaining()) {
			journal.write(buffer);
		}
		// fdatasync: data and the metadata needed to read it back (the new length)
		journal.force(false);
		journalRecords += count;
		cached = null;
	}

	/**
	 * Writes the whole state as a new snapshot atomically, then empties the journal. A crash at any
	 * point leaves either the old snapshot with the full journal, or the new snapshot with the full
	 * or the emptied journal; replaying records already contained in the snapshot is harmless since
	 * each record sets or clears one path to a fixed value, and the last record of a path wins.
	 */
	public void compact() throws IOException {
		compact(null);
	}

	/** {@link #compact()} that stops (as if the process died) after {@code crashAfter}. */
	void compact(CompactStep crashAfter) throws IOException {
		checkOpen();
		writeSnapshot(directory, entries, crashAfter);
		if (crashAfter == CompactStep.TEMP_WRITTEN || crashAfter == CompactStep.RENAMED) {
			return;
		}
		journal.truncate(JOURNAL_HEADER);
		journal.force(true);
		journal.position(JOURNAL_HEADER);
		journalRecords = 0;
	}

	/** Releases the lock; further writes fail. */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			journal.close();
		} finally {
			try {
				lock.release();
			} finally {
				lockChannel.close();
			}
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("the base store " + directory + " is closed");
		}
	}

	// --- files ---

	private static void writeSnapshot(Path dir, Map<RelPath, BaseEntry> map, CompactStep crashAfter)
			throws IOException {
		Path temp = dir.resolve(SNAPSHOT + TEMP_SUFFIX);
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			CRC32C crc = new CRC32C();
			OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
			DataOutputStream data = new DataOutputStream(new CheckedOutputStream(raw, crc));
			data.write(SNAPSHOT_MAGIC);
			data.writeInt(FORMAT_VERSION);
			data.writeInt(map.size());
			for (Map.Entry<RelPath, BaseEntry> e : map.entrySet()) {
				writePath(data, e.getKey());
				writeState(data, e.getValue().left());
				writeState(data, e.getValue().right());
			}
			data.flush();
			new DataOutputStream(raw).writeInt((int) crc.getValue());
			raw.flush();
			channel.force(true);
		}
		if (crashAfter == CompactStep.TEMP_WRITTEN) {
			return;
		}
		Files.move(temp, dir.resolve(SNAPSHOT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		forceDirectory(dir);
	}

	private static void writeNewJournal(Path dir) throws IOException {
		Path temp = dir.resolve(JOURNAL + TEMP_SUFFIX);
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
			ByteBuffer header = ByteBuffer.allocate(JOURNAL_HEADER).put(JOURNAL_MAGIC).putInt(FORMAT_VERSION).flip();
			while (header.hasRemaining()) {
				channel.write(header);
			}
			channel.force(true);
		}
		Files.move(temp, dir.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		forceDirectory(dir);
	}

	private static void forceDirectory(Path dir) throws IOException {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (AccessDeniedException e) {
			// Windows cannot open a directory; its rename is durable through NTFS's own journal
		}
	}

	private static void moveAside(Path file, String stamp) throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		Path target = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
		for (int i = 1; Files.exists(target); i++) {
			target = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + i);
		}
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (NoSuchFileException e) {
			// gone already
		}
		forceDirectory(file.getParent());
	}

	// --- reading ---

	/** The store does not verify. */
	private static final class Damage extends Exception {
		private static final long serialVersionUID = 1L;

		Damage(String message) {
			super(message, null, false, false);
		}
	}

	private static void readSnapshot(byte[] bytes, Map<RelPath, BaseEntry> map) throws Damage, IOException {
		if (bytes.length < SNAPSHOT_MAGIC.length + 12
				|| !Arrays.equals(bytes, 0, SNAPSHOT_MAGIC.length, SNAPSHOT_MAGIC, 0, SNAPSHOT_MAGIC.length)) {
			throw new Damage(SNAPSHOT + " has no valid header");
		}
		int body = bytes.length - 4;
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, body);
		if ((int) crc.getValue() != ByteBuffer.wrap(bytes, body, 4).getInt()) {
			throw new Damage(SNAPSHOT + " fails its checksum (" + bytes.length + " bytes)");
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, 0, body);
		in.position(SNAPSHOT_MAGIC.length);
		checkVersion(in.getInt(), SNAPSHOT);
		int count = in.getInt();
		try {
			if (count < 0 || count > in.remaining()) {
				throw new IllegalArgumentException("bad entry count " + count);
			}
			// written in path order: collected and handed to the map in one linear step
			List<Map.Entry<RelPath, BaseEntry>> sorted = new ArrayList<>(count);
			RelPath previous = null;
			for (int i = 0; i < count; i++) {
				RelPath path = readPath(in);
				if (previous != null && previous.compareTo(path) >= 0) {
					throw new IllegalArgumentException("entries out of order at " + path);
				}
				previous = path;
				sorted.add(Map.entry(path, new BaseEntry(readState(in), readState(in))));
			}
			map.putAll(SortedTrees.view(sorted));
		} catch (RuntimeException | CharacterCodingException e) {
			throw new Damage(SNAPSHOT + " has an unreadable entry: " + e);
		}
		if (in.hasRemaining() || map.size() != count) {
			throw new Damage(SNAPSHOT + " does not hold the " + count + " entries it announces");
		}
	}

	private static void checkVersion(int version, String file) throws IOException {
		if (version != FORMAT_VERSION) {
			throw new IOException(file + " has format version " + version + "; this KARMA reads version "
					+ FORMAT_VERSION + " (left untouched)");
		}
	}

	/**
	 * Applies the journal's records; returns their count and sets {@code validEnd[0]} to the end of
	 * the last whole record. A torn last record is ignored.
	 */
	private static long replayJournal(byte[] bytes, Map<RelPath, BaseEntry> map, long[] validEnd)
			throws Damage, IOException {
		if (bytes.length < JOURNAL_HEADER
				|| !Arrays.equals(bytes, 0, JOURNAL_MAGIC.length, JOURNAL_MAGIC, 0, JOURNAL_MAGIC.length)) {
			throw new Damage(JOURNAL + " has no valid header");
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		in.position(JOURNAL_MAGIC.length);
		checkVersion(in.getInt(), JOURNAL);
		long count = 0;
		validEnd[0] = JOURNAL_HEADER;
		while (in.hasRemaining()) {
			int start = in.position();
			if (in.remaining() < 8) {
				break; // torn header of the last record
			}
			int length = in.getInt();
			int check = in.getInt();
			if (check != ~length || length < 1 || length > MAX_RECORD) {
				if (allZero(bytes, start)) {
					break; // the file grew but the last write never reached the disk
				}
				throw new Damage(JOURNAL + " has a bad record header at byte " + start);
			}
			if (in.remaining() < length + 4) {
				break; // torn last record
			}
			CRC32C crc = new CRC32C();
			crc.update(bytes, start, 4);
			crc.update(bytes, start + 8, length);
			int end = start + 8 + length + 4;
			if ((int) crc.getValue() != ByteBuffer.wrap(bytes, start + 8 + length, 4).getInt()) {
				if (end == bytes.length) {
					break; // the last record, partly written
				}
				throw new Damage(JOURNAL + " fails the checksum of the record at byte " + start);
			}
			ByteBuffer payload = ByteBuffer.wrap(bytes, start + 8, length).slice();
			try {
				byte op = payload.get();
				RelPath path = readPath(payload);
				if (op == OP_PUT) {
					map.put(path, new BaseEntry(readState(payload), readState(payload)));
				} else if (op == OP_REMOVE) {
					map.remove(path);
				} else {
					throw new IllegalArgumentException("unknown operation " + op);
				}
				if (payload.hasRemaining()) {
					throw new IllegalArgumentException("trailing bytes");
				}
			} catch (RuntimeException | CharacterCodingException e) {
				throw new Damage(JOURNAL + " has an unreadable record at byte " + start + ": " + e);
			}
			in.position(end);
			validEnd[0] = end;
			count++;
		}
		return count;
	}

	private static boolean allZero(byte[] bytes, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static RelPath readPath(ByteBuffer in) throws CharacterCodingException {
		int n = in.getInt();
		if (n < 0 || n > in.remaining() / 4) {
			throw new IllegalArgumentException("bad segment count " + n);
		}
		List<String> segments = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			segments.add(readString(in));
		}
		return RelPath.of(segments);
	}

	private static FileState readState(ByteBuffer in) throws CharacterCodingException {
		EntryKind kind = kindOf(in.get());
		long size = in.getLong();
		byte flags = in.get();
		if ((flags & ~3) != 0) {
			throw new IllegalArgumentException("bad flags " + flags);
		}
		Instant mtime = (flags & 1) != 0 ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
		String hash = (flags & 2) != 0 ? readString(in) : null;
		return new FileState(kind, size, mtime, hash, readString(in));
	}

	private static String readString(ByteBuffer in) throws CharacterCodingException {
		int length = in.getInt();
		if (length < 0 || length > in.remaining()) {
			throw new BufferUnderflowException();
		}
		ByteBuffer slice = in.slice().limit(length);
		in.position(in.position() + length);
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
	}

	// --- writing ---

	private static byte[] putPayload(RelPath path, BaseEntry entry) throws IOException {
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(payload);
		data.writeByte(OP_PUT);
		writePath(data, path);
		writeState(data, entry.left());
		writeState(data, entry.right());
		return payload.toByteArray();
	}

	private static void appendRecord(ByteArrayOutputStream out, byte[] payload) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		CRC32C crc = new CRC32C();
		byte[] length = ByteBuffer.allocate(4).putInt(payload.length).array();
		crc.update(length);
		crc.update(payload);
		data.write(length);
		data.writeInt(~payload.length);
		data.write(payload);
		data.writeInt((int) crc.getValue());
	}

	private static void writePath(DataOutputStream out, RelPath path) throws IOException {
		out.writeInt(path.depth());
		for (String segment : path.segments()) {
			writeString(out, segment);
		}
	}

	private static void writeState(DataOutputStream out, FileState state) throws IOException {
		out.writeByte(codeOf(state.kind()));
		out.writeLong(state.size());
		out.writeByte((state.mtime() != null ? 1 : 0) | (state.hash() != null ? 2 : 0));
		if (state.mtime() != null) {
			out.writeLong(state.mtime().getEpochSecond());
			out.writeInt(state.mtime().getNano());
		}
		if (state.hash() != null) {
			writeString(out, state.hash());
		}
		writeString(out, state.version());
	}

	private static void writeString(DataOutputStream out, String s) throws IOException {
		ByteBuffer bytes;
		try {
			bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException("not storable exactly as UTF-8 (unpaired surrogate): " + s, e);
		}
		out.writeInt(bytes.remaining());
		out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
	}

	private static byte codeOf(EntryKind kind) {
		switch (kind) {
		case FILE:
			return 'F';
		case DIRECTORY:
			return 'D';
		case SYMLINK:
			return 'L';
		case OTHER:
			return 'O';
		default:
			throw new IllegalArgumentException(kind.toString());
		}
	}

	private static EntryKind kindOf(byte code) {
		switch (code) {
		case 'F':
			return EntryKind.FILE;
		case 'D':
			return EntryKind.DIRECTORY;
		case 'L':
			return EntryKind.SYMLINK;
		case 'O':
			return EntryKind.OTHER;
		default:
			throw new IllegalArgumentException("unknown kind " + code);
		}
	}
}
