package org.karma.connector.zip.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.X000A_NTFS;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.Zip64ExtendedInformationExtraField;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a {@link Tree} as a new archive file. Entries that are unchanged are copied raw (their
 * compressed bytes as they are, no recompression); renamed entries and entries with a new time are
 * copied raw under a new header; new content is deflated (or stored when it is compressed
 * already or the level is 0). The file is forced to disk before this returns.
 */
final class ArchiveWriter {

	/** Extensions of formats that are compressed already: stored, not deflated again. */
	static final Set<String> COMPRESSED_TYPES = Set.of("7z", "aac", "apk", "avif", "bz2", "br", "docx", "epub", "flac",
			"gif", "gz", "heic", "jar", "jpeg", "jpg", "lz", "lz4", "lzma", "m4a", "m4v", "mkv", "mov", "mp3", "mp4",
			"odp", "ods", "odt", "ogg", "opus", "png", "pptx", "rar", "tgz", "txz", "war", "webm", "webp", "xlsx", "xz",
			"zip", "zst");

	private static final int FILE_MODE = UnixStat.FILE_FLAG | 0644;
	private static final int DIR_MODE = UnixStat.DIR_FLAG | 0755;
	/** Latest time the extended timestamp (a signed 32-bit count of seconds) holds. */
	private static final long X5455_MAX = Integer.MAX_VALUE;
	private static final long X5455_MIN = Integer.MIN_VALUE;

	private ArchiveWriter() {
	}

	/**
	 * Writes the tree into {@code target} (an existing empty file) and forces it to disk.
	 *
	 * @param level   deflate level 0-9 (0: store everything)
	 * @param now     the time given to directories that get an entry of their own but had no time
	 * @param monitor checked for cancellation while copying (IoErrors.CancelledIOException)
	 */
	static void write(Path target, Tree tree, int level, Instant now, IProgressMonitor monitor) throws IOException {
		try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.READ,
				StandardOpenOption.TRUNCATE_EXISTING); ZipArchiveOutputStream out = new ZipArchiveOutputStream(channel)) {
			out.setUseZip64(Zip64Mode.AsNeeded);
			out.setEncoding("UTF-8");
			out.setUseLanguageEncodingFlag(true);
			out.setLevel(level == 0 ? 1 : level);
			for (Node node : tree.inArchiveOrder()) {
				checkCancelled(monitor);
				if (node.isDirectory()) {
					if (tree.needsOwnEntry(node)) {
						writeDirectory(out, node, now, monitor);
					}
				} else {
					writeFile(out, node, level, monitor);
				}
			}
			out.finish();
			channel.force(true);
		}
	}

	private static void writeDirectory(ZipArchiveOutputStream out, Node node, Instant now, IProgressMonitor monitor)
			throws IOException {
		if (node.isUnchangedStored()) {
			copyRaw(out, (Node.Stored) node.source(), ((Node.Stored) node.source()).entry(), monitor);
			return;
		}
		ZipArchiveEntry e;
		if (node.source() instanceof Node.Stored stored) {
			e = copyHeader(stored.entry(), node.path() + "/", node.mtime());
		} else {
			e = new ZipArchiveEntry(node.path() + "/");
			e.setUnixMode(DIR_MODE);
			setTime(e, node.mtime() != null ? node.mtime() : now);
		}
		e.setMethod(ZipEntry.STORED);
		e.setSize(0);
		e.setCompressedSize(0);
		e.setCrc(0);
		out.putArchiveEntry(e);
		out.closeArchiveEntry();
	}

	private static void writeFile(ZipArchiveOutputStream out, Node node, int level, IProgressMonitor monitor)
			throws IOException {
		if (node.source() instanceof Node.Stored stored) {
			ZipArchiveEntry e = node.isUnchangedStored() ? stored.entry()
					: copyHeader(stored.entry(), node.path(), node.mtime());
			copyRaw(out, stored, e, monitor);
			return;
		}
		ZipArchiveEntry e = new ZipArchiveEntry(node.path());
		e.setUnixMode(FILE_MODE);
		setTime(e, node.mtime());
		if (node.token() != 0) {
			WriteToken.set(e, node.token());
		}
		boolean store = level == 0 || node.size() == 0 || isCompressedType(node.path());
		e.setMethod(store ? ZipEntry.STORED : ZipEntry.DEFLATED);
		e.setSize(node.size());
		if (store) {
			e.setCrc(node.crc());
			e.setCompressedSize(node.size());
		}
		out.putArchiveEntry(e);
		InputStream data = node.source() instanceof Node.Buffered b ? new ByteArrayInputStream(b.data())
				: Files.newInputStream(((Node.Spooled) node.source()).file());
		try (InputStream in = new Cancellable(data, monitor)) {
			in.transferTo(out);
		}
		out.closeArchiveEntry();
	}

	private static void copyRaw(ZipArchiveOutputStream out, Node.Stored stored, ZipArchiveEntry header,
			IProgressMonitor monitor) throws IOException {
		InputStream raw = stored.archive().open(stored.entry(), true);
		if (raw == null) {
			throw new IOException("entry '" + stored.name() + "' is not in the archive it was read from");
		}
		try (InputStream in = new Cancellable(raw, monitor)) {
			out.addRawArchiveEntry(header, in);
		}
	}

	/**
	 * A header for copying an entry's raw data under a new name or time: method, sizes, CRC,
	 * attributes, comment and extra fields as they were, the time fields and the Unicode path
	 * written anew.
	 */
	static ZipArchiveEntry copyHeader(ZipArchiveEntry source, String name, Instant mtime) {
		ZipArchiveEntry e = new ZipArchiveEntry(name);
		e.setMethod(source.getMethod());
		e.setCrc(source.getCrc());
		e.setSize(source.getSize());
		e.setCompressedSize(source.getCompressedSize());
		if (source.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
			e.setUnixMode(source.getUnixMode());
		}
		e.setExternalAttributes(source.getExternalAttributes());
		e.setInternalAttributes(source.getInternalAttributes());
		if (source.getComment() != null) {
			e.setComment(source.getComment());
		}
		for (ZipExtraField f : source.getExtraFields()) {
			if (!(f instanceof X5455_ExtendedTimestamp || f instanceof X000A_NTFS || f instanceof UnicodePathExtraField
					|| f instanceof Zip64ExtendedInformationExtraField)) {
				e.addExtraField(f);
			}
		}
		setTime(e, mtime);
		return e;
	}

	/**
	 * Sets the DOS time (local time, for every tool) and the extended timestamp (UTC, whole
	 * seconds). Times outside the DOS range get an NTFS time field as well (Commons Compress adds
	 * it), times outside 1901-2038 only that one.
	 */
	static void setTime(ZipArchiveEntry e, Instant mtime) {
		long seconds = mtime.getEpochSecond();
		FileTime time = FileTime.from(Instant.ofEpochSecond(seconds));
		e.setTime(seconds * 1000L); // outside the DOS range Compress adds the time fields itself
		if (e.getExtraField(X5455_ExtendedTimestamp.HEADER_ID) != null || e.getExtraField(X000A_NTFS.HEADER_ID) != null) {
			return;
		}
		if (seconds >= X5455_MIN && seconds <= X5455_MAX) {
			X5455_ExtendedTimestamp ts = new X5455_ExtendedTimestamp();
			ts.setModifyFileTime(time);
			e.addExtraField(ts);
		} else {
			X000A_NTFS ntfs = new X000A_NTFS(); // 2038-2107: a DOS time, but no extended timestamp
			ntfs.setModifyFileTime(time);
			e.addExtraField(ntfs);
		}
	}

	static boolean isCompressedType(String path) {
		String name = EntryNames.nameOf(path);
		int dot = name.lastIndexOf('.');
		return dot > 0 && COMPRESSED_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	static void checkCancelled(IProgressMonitor monitor) throws IoErrors.CancelledIOException {
		if (monitor != null && monitor.isCanceled()) {
			throw new IoErrors.CancelledIOException();
		}
	}

	/** Checks the monitor on every read. */
	static final class Cancellable extends FilterInputStream {
		private final IProgressMonitor monitor;

		Cancellable(InputStream in, IProgressMonitor monitor) {
			super(in);
			this.monitor = monitor;
		}

		@Override
		public int read() throws IOException {
			checkCancelled(monitor);
			return super.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			checkCancelled(monitor);
			return super.read(b, off, len);
		}
	}
}
