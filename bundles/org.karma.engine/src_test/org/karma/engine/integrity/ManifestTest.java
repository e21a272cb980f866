package org.karma.engine.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.integrity.ManifestDiff.Change;
import org.karma.engine.integrity.ManifestVerifier.Status;

class ManifestTest {

	private static final MemoryConnectorFactory FACTORY = new MemoryConnectorFactory();
	private static final AtomicInteger STORES = new AtomicInteger();
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
	private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123Z");

	private Connection tree;
	private String uri;

	@BeforeEach
	void setUp() throws ConnectorException {
		uri = "memory:/manifest-" + STORES.incrementAndGet();
		tree = FACTORY.connect(ConnectionSpec.of(uri), null);
	}

	private void put(String path, String content) throws ConnectorException {
		put(path, content.getBytes(StandardCharsets.UTF_8), T0);
	}

	private void put(String path, byte[] content, Instant mtime) throws ConnectorException {
		RelPath p = RelPath.of(path);
		for (int i = 1; i < p.depth(); i++) {
			RelPath dir = RelPath.of(p.segments().subList(0, i));
			if (tree.stat(dir, null).isEmpty()) {
				tree.mkdir(dir, null);
			}
		}
		tree.write(p, new ByteArrayInputStream(content), WriteOptions.DEFAULT, null);
		tree.capability(Capability.SetModificationTime.class).orElseThrow().setModificationTime(p, mtime, null);
	}

	private Manifest make(int threads, EnumSet<ChecksumAlgorithm> algorithms) throws ConnectorException {
		return new ManifestMaker(algorithms, threads, CLOCK, "host1").make("docs",
				List.of(new ManifestMaker.Tree(uri, tree)), null, null);
	}

	private ManifestVerifier.Report verify(Manifest m) throws ConnectorException {
		return new ManifestVerifier(3).verify(m, List.of(tree), null);
	}

	@Test
	void checksumsAreTheStandardOnes() throws Exception {
		put("abc.txt", "abc");
		Manifest m = make(2, EnumSet.allOf(ChecksumAlgorithm.class));
		ManifestFile f = m.files().get(0);
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", f.checksum(ChecksumAlgorithm.SHA256));
		assertEquals("900150983cd24fb0d6963f7d28e17f72", f.checksum(ChecksumAlgorithm.MD5));
		assertEquals(3, f.size());
		assertEquals(T0, f.mtime());
		assertEquals(List.of(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.MD5), m.algorithms());
	}

	@Test
	void roundTripGivesTheSameManifestAndTheSameBytes() throws Exception {
		put("a.txt", "alpha");
		put("empty", "");
		put("dir/sub/quote\"and\\back slash ü €.txt", "odd name");
		put("dir/tab\tname", "tab");
		put(".karma-versions/a.txt~20260101", "old version, not listed");
		Manifest m = make(2, EnumSet.allOf(ChecksumAlgorithm.class));
		assertEquals(4, m.files().size(), "the versions folder is left out: " + m.files());
		byte[] bytes = ManifestJson.write(m);
		Manifest back = ManifestJson.read(bytes);
		assertEquals(m, back);
		assertArrayEquals(bytes, ManifestJson.write(back));
		assertEquals(1, m.roots().size());
		assertEquals(new ManifestRoot(uri, 4, 5 + 8 + 3, 0), m.roots().get(0));
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"format\": \"karma-manifest\""), text);
		assertTrue(text.contains("\"totals\": {\"files\":4,\"bytes\":16,\"errors\":0}"), text);
	}

	@Test
	void parallelAndSingleThreadRunsGiveIdenticalManifests() throws Exception {
		Random random = new Random(42);
		for (int i = 0; i < 300; i++) {
			byte[] content = new byte[random.nextInt(i % 50 == 0 ? 3_000_000 : 20_000)];
			random.nextBytes(content);
			put("d" + (i % 7) + "/f" + i, content, T0.plusSeconds(i));
		}
		Manifest one = make(1, EnumSet.allOf(ChecksumAlgorithm.class));
		Manifest many = make(8, EnumSet.allOf(ChecksumAlgorithm.class));
		assertEquals(300, one.files().size());
		assertEquals(one.files(), many.files());
		Manifest sameTime = new Manifest(many.group(), one.started(), one.duration(), one.host(), many.algorithms(),
				many.signingKey(), many.roots(), many.files(), many.errors());
		assertArrayEquals(ManifestJson.write(one), ManifestJson.write(sameTime));
	}

	@Test
	void anUnreadableFileIsReportedAndTheRunGoesOn() throws Exception {
		put("a", "a");
		put("locked/b", "b");
		put("c", "c");
		FACTORY.store(uri).setFaults((op, path) -> op.equals("read") && path.equals(RelPath.of("locked/b"))
				? Optional.of(new ConnectorException(Reason.PERMISSION_DENIED, path, "permission denied"))
				: Optional.empty());
		Manifest m = make(2, EnumSet.of(ChecksumAlgorithm.SHA256));
		assertEquals(List.of(RelPath.of("a"), RelPath.of("c")), m.files().stream().map(ManifestFile::path).toList());
		assertEquals(List.of(new ManifestError(0, RelPath.of("locked/b"), "PERMISSION_DENIED", "permission denied")),
				m.errors());
		assertEquals(1, m.roots().get(0).errors());
		assertEquals(m, ManifestJson.read(ManifestJson.write(m)));
	}

	@Test
	void filesAreHashedWhileOtherFoldersAreStillBeingListed() throws Exception {
		put("early/x", "x");
		put("late/y", "y");
		CountDownLatch earlyRead = new CountDownLatch(1);
		FACTORY.store(uri).setFaults((op, path) -> {
			if (op.equals("read") && path.equals(RelPath.of("early/x"))) {
				earlyRead.countDown();
			}
			if (op.equals("list") && path.equals(RelPath.of("late"))) {
				try { // a maker that lists everything before hashing never reads early/x while this waits
					if (!earlyRead.await(10, TimeUnit.SECONDS)) {
						return Optional.of(new ConnectorException(Reason.PERMISSION_DENIED, path, "early/x was not read while listing"));
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			return Optional.empty();
		});
		Manifest m = make(2, EnumSet.of(ChecksumAlgorithm.SHA256));
		assertEquals(List.of(), m.errors());
		assertEquals(List.of(RelPath.of("early/x"), RelPath.of("late/y")), m.files().stream().map(ManifestFile::path).toList());
	}

	@Test
	void aFolderThatCannotBeListedIsReportedAndTheRunGoesOn() throws Exception {
		put("a", "a");
		put("closed/b", "b");
		put("open/c", "c");
		FACTORY.store(uri).setFaults((op, path) -> op.equals("list") && path.equals(RelPath.of("closed"))
				? Optional.of(new ConnectorException(Reason.PERMISSION_DENIED, path, "permission denied"))
				: Optional.empty());
		Manifest m = make(2, EnumSet.of(ChecksumAlgorithm.SHA256));
		assertEquals(List.of(RelPath.of("a"), RelPath.of("open/c")), m.files().stream().map(ManifestFile::path).toList());
		assertEquals(List.of(new ManifestError(0, RelPath.of("closed"), "PERMISSION_DENIED", "permission denied")),
				m.errors());
		assertEquals(1, m.roots().get(0).errors());
	}

	/**
	 * The memory connection with folder handles (which it does not offer itself), counting the
	 * handles open and the reads made through them or by path.
	 */
	private static final class WithFolderHandles {
		final AtomicInteger open = new AtomicInteger();
		final AtomicInteger maxOpen = new AtomicInteger();
		final AtomicInteger handleReads = new AtomicInteger();
		final AtomicInteger pathReads = new AtomicInteger();
		final AtomicInteger handleLists = new AtomicInteger();
		final AtomicInteger pathLists = new AtomicInteger();
		final Set<RelPath> opened = ConcurrentHashMap.newKeySet();
		final Connection connection;

		WithFolderHandles(Connection inner) {
			Capability.FolderReads reads = (dir, monitor) -> {
				inner.list(dir, e -> { }, monitor); // the errors of a listing
				opened.add(dir);
				maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
				AtomicBoolean closed = new AtomicBoolean();
				return new Capability.FolderReads.Folder() {
					@Override
					public RelPath path() {
						return dir;
					}

					@Override
					public InputStream read(String name, IProgressMonitor m) throws ConnectorException {
						assertFalse(closed.get(), "read through a closed handle");
						handleReads.incrementAndGet();
						return inner.read(dir.child(name), m);
					}

					@Override
					public void list(java.util.function.Consumer<Entry> sink, IProgressMonitor m) throws ConnectorException {
						assertFalse(closed.get(), "listed through a closed handle");
						handleLists.incrementAndGet();
						inner.list(dir, e -> sink.accept(new Entry(e.path(), e.kind(), e.size(), e.mtime(), e.hashes(), "")), m);
					}

					@Override
					public void close() {
						if (closed.compareAndSet(false, true)) {
							open.decrementAndGet();
						}
					}
				};
			};
			connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("capability") && args[0] == Capability.FolderReads.class) {
							return Optional.of(reads);
						}
						if (method.getName().equals("read")) {
							pathReads.incrementAndGet();
						}
						if (method.getName().equals("list")) {
							pathLists.incrementAndGet();
						}
						try {
							return method.invoke(inner, args);
						} catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}
	}

	@Test
	void aLargeManifestIsWrittenInSlicesToTheSameBytes() throws Exception {
		List<ManifestFile> files = new ArrayList<>();
		String[] names = { "plain.txt", "caf\u00e9 \u6587\u4ef6", "quote\"back\\slash", "tab\there", "ctl\u0001x", "emoji \ud83d\ude00" };
		for (int i = 0; i < ManifestJson.PARALLEL_MIN * 2 + 7; i++) {
			Map<ChecksumAlgorithm, String> sums = new java.util.EnumMap<>(ChecksumAlgorithm.class);
			sums.put(ChecksumAlgorithm.SHA256, String.format("%064x", i));
			sums.put(ChecksumAlgorithm.MD5, String.format("%032x", i * 7L));
			files.add(new ManifestFile(i % 2, RelPath.of(String.format("d%05d/", i) + names[i % names.length]), i,
					i % 3 == 0 ? null : T0.plusNanos(i * 1_234_567L), sums));
		}
		files.sort(ManifestOrder::compare);
		Manifest m = new Manifest("big", T0, java.time.Duration.ofMillis(1234), "host1",
				List.of(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.MD5), null,
				List.of(new ManifestRoot("/a", files.size() / 2, 1, 0), new ManifestRoot("/b", files.size() - files.size() / 2, 1, 1)),
				files, List.of(new ManifestError(1, RelPath.of("x"), "IO", "read error")));
		byte[] one = ManifestJson.write(m, 1);
		assertArrayEquals(one, ManifestJson.write(m));
		for (int slices : new int[] { 2, 3, 7, 64 }) {
			assertArrayEquals(one, ManifestJson.write(m, slices), slices + " slices");
		}
		assertEquals(m, ManifestJson.read(one));
		// each file's line is exactly what the general JSON writer makes of its members
		List<String> lines = new String(one, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		int first = lines.indexOf("  \"files\": [") + 1;
		for (int i = 0; i < files.size(); i++) {
			ManifestFile f = files.get(i);
			Map<String, Object> members = new java.util.LinkedHashMap<>();
			members.put("root", f.root());
			members.put("path", f.path().toString());
			members.put("size", f.size());
			members.put("mtime", f.mtime() == null ? null : f.mtime().toString());
			members.put("sha256", f.checksum(ChecksumAlgorithm.SHA256));
			members.put("md5", f.checksum(ChecksumAlgorithm.MD5));
			String line = lines.get(first + i);
			assertEquals("    " + org.karma.engine.json.Json.write(members) + (i + 1 < files.size() ? "," : ""), line);
		}
		assertEquals("  ]", lines.get(first + files.size()));
		Manifest empty = new Manifest("none", T0, java.time.Duration.ZERO, "h", List.of(ChecksumAlgorithm.SHA256), null,
				List.of(new ManifestRoot("/a", 0, 0, 0)), List.of(), List.of());
		assertArrayEquals(ManifestJson.write(empty, 1), ManifestJson.write(empty, 4));
		assertEquals(empty, ManifestJson.read(ManifestJson.write(empty, 4)));
	}

	@Test
	void largeFilesAreReadAheadAndHashedWhole() throws Exception {
		byte[] big = new byte[(int) ReadAhead.MIN_SIZE * 2 + 12345]; // several buffers, the last one partly filled
		new java.util.Random(3).nextBytes(big);
		put("big.bin", big, T0);
		put("small.txt", "abc");
		for (int threads : new int[] { 1, 2 }) {
			Manifest m = make(threads, EnumSet.of(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.MD5));
			ManifestFile f = m.files().get(0);
			assertEquals(RelPath.of("big.bin"), f.path());
			assertEquals(big.length, f.size());
			assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(big)),
					f.checksum(ChecksumAlgorithm.SHA256));
			assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(big)),
					f.checksum(ChecksumAlgorithm.MD5));
		}
	}

	@Test
	void filesAreReadThroughFolderHandlesWhereOfferedAndEveryHandleIsClosed() throws Exception {
		for (int i = 0; i < 200; i++) {
			put("d" + (i % 100) + "/f" + i, "content " + i);
		}
		put("single/only", "the only file of its folder: read by path");
		Manifest byPath = make(2, EnumSet.of(ChecksumAlgorithm.SHA256));
		WithFolderHandles handles = new WithFolderHandles(tree);
		Manifest byHandle = new ManifestMaker(EnumSet.of(ChecksumAlgorithm.SHA256), 2, CLOCK, "host1").make("docs",
				List.of(new ManifestMaker.Tree(uri, handles.connection)), null, null);
		assertEquals(201, byHandle.files().size());
		assertEquals(byPath.files(), byHandle.files());
		assertEquals(List.of(), byHandle.errors());
		assertEquals(0, handles.open.get(), "every handle is closed");
		assertTrue(handles.maxOpen.get() <= TreeHasher.MAX_OPEN_FOLDERS, "at most " + TreeHasher.MAX_OPEN_FOLDERS
				+ " handles at once: " + handles.maxOpen.get());
		// more folders than handles at once: handles are opened as others close, so every file of a
		// folder of two or more is read through one; the file alone in its folder is read by path
		assertEquals(200, handles.handleReads.get(), "reads through handles");
		assertEquals(1, handles.pathReads.get(), "reads by path");
		assertEquals(102, handles.handleLists.get(), "every folder listed through a handle (the root, d0-d99, single)");
	}

	@Test
	void aCancelledRunClosesItsFolderHandles() throws Exception {
		for (int i = 0; i < 400; i++) {
			put("d" + (i % 20) + "/f" + i, new byte[10_000], T0);
		}
		WithFolderHandles handles = new WithFolderHandles(tree);
		NullProgressMonitor monitor = new NullProgressMonitor();
		FACTORY.store(uri).setFaults((op, path) -> {
			if (op.equals("read") && path.name().equals("f100")) {
				monitor.setCanceled(true);
			}
			return Optional.empty();
		});
		ConnectorException e = assertThrows(ConnectorException.class, () -> new ManifestMaker(
				EnumSet.of(ChecksumAlgorithm.SHA256), 2, CLOCK, "h").make("g",
						List.of(new ManifestMaker.Tree(uri, handles.connection)), null, monitor));
		assertEquals(Reason.CANCELLED, e.reason());
		assertTrue(handles.maxOpen.get() > 0, "handles were used");
		assertEquals(0, handles.open.get(), "the handles of files never hashed are closed too");
	}

	@Test
	void anErrorInAWorkerEndsTheRunInsteadOfHangingIt() throws Exception {
		for (int i = 0; i < 20; i++) {
			put("d/f" + i, "x" + i);
		}
		Connection broken = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("read")) {
						throw new NoClassDefFoundError("simulated: a class missing from a broken installation");
					}
					try {
						return method.invoke(tree, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
		ConnectorException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> assertThrows(ConnectorException.class,
				() -> new ManifestMaker(EnumSet.of(ChecksumAlgorithm.SHA256), 2, CLOCK, "h").make("g",
						List.of(new ManifestMaker.Tree(uri, broken)), null, null)));
		assertEquals(Reason.FATAL, e.reason());
		assertTrue(e.getMessage().contains("simulated"), e.getMessage());
	}

	@Test
	void cancellingStopsHashing() throws Exception {
		for (int i = 0; i < 50; i++) {
			put("f" + i, new byte[100_000], T0);
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		ConnectorException e = assertThrows(ConnectorException.class, () -> new ManifestMaker(
				EnumSet.of(ChecksumAlgorithm.SHA256), 2, CLOCK, "h").make("g", List.of(new ManifestMaker.Tree(uri, tree)),
						null, monitor));
		assertEquals(Reason.CANCELLED, e.reason());
	}

	@Test
	void verificationReportsEachKindOfChange() throws Exception {
		put("same", "unchanged");
		put("gone", "will be deleted");
		put("edited", "short");
		put("touched", "same content, new time");
		put("rotten", "abcdefgh");
		put("locked", "cannot be read later");
		Manifest m = make(2, EnumSet.allOf(ChecksumAlgorithm.class));
		assertTrue(verify(m).clean());

		tree.delete(RelPath.of("gone"), false, org.karma.connector.api.Precondition.NONE, null);
		put("edited", "longer content".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(60));
		put("touched", "same content, new time".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(5));
		put("rotten", "abcdefgX".getBytes(StandardCharsets.UTF_8), T0); // one byte, time put back: bitrot
		put("brand-new", "new");
		FACTORY.store(uri).setFaults((op, path) -> op.equals("read") && path.equals(RelPath.of("locked"))
				? Optional.of(new ConnectorException(Reason.PERMISSION_DENIED, path, "permission denied"))
				: Optional.empty());

		ManifestVerifier.Report r = verify(m);
		Map<RelPath, Status> found = new java.util.TreeMap<>();
		for (ManifestVerifier.Finding f : r.findings()) {
			found.put(f.path(), f.status());
		}
		assertEquals(Map.of(RelPath.of("gone"), Status.MISSING, RelPath.of("edited"), Status.MODIFIED, RelPath.of("touched"),
				Status.MODIFIED, RelPath.of("rotten"), Status.CORRUPTED, RelPath.of("brand-new"), Status.NEW,
				RelPath.of("locked"), Status.UNREADABLE), found);
		assertEquals(1, r.count(Status.OK));
		assertEquals(1, r.count(Status.CORRUPTED));
		assertTrue(!r.clean());
		String detail = r.findings().stream().filter(f -> f.status() == Status.CORRUPTED).findFirst().orElseThrow().detail();
		assertTrue(detail.contains("size and time are unchanged"), detail);
	}

	@Test
	void diffTellsEditsFromBitrot() throws Exception {
		put("same", "s");
		put("gone", "g");
		put("edited", "e1");
		put("touched", "t");
		put("rotten", "r1");
		Manifest old = make(2, EnumSet.of(ChecksumAlgorithm.SHA256));
		tree.delete(RelPath.of("gone"), false, org.karma.connector.api.Precondition.NONE, null);
		put("edited", "e22".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(9));
		put("touched", "t".getBytes(StandardCharsets.UTF_8), T0.plusSeconds(9));
		put("rotten", "r2".getBytes(StandardCharsets.UTF_8), T0);
		put("added", "a");
		Manifest now = make(2, EnumSet.allOf(ChecksumAlgorithm.class));
		ManifestDiff.Result d = ManifestDiff.diff(old, now);
		assertEquals(ChecksumAlgorithm.SHA256, d.comparedBy());
		assertEquals(1, d.unchanged());
		List<String> got = new ArrayList<>();
		for (ManifestDiff.Difference x : d.differences()) {
			got.add(x.path() + " " + x.change());
		}
		assertEquals(List.of("added ADDED", "edited MODIFIED", "gone REMOVED", "rotten CORRUPTED", "touched TOUCHED"), got);
		assertEquals(Map.of(Change.ADDED, 1L, Change.REMOVED, 1L, Change.MODIFIED, 1L, Change.CORRUPTED, 1L, Change.TOUCHED,
				1L), d.counts());
		assertTrue(ManifestDiff.diff(now, now).differences().isEmpty());
	}

	@Test
	void signatureHoldsAndBreaksOnAOneByteChange() throws Exception {
		put("a", "a");
		KeyPair keys = SigningKeys.generate();
		Manifest m = new ManifestMaker(EnumSet.of(ChecksumAlgorithm.SHA256), 1, CLOCK, "h").make("g",
				List.of(new ManifestMaker.Tree(uri, tree)), SigningKeys.fingerprint(keys.getPublic()), null);
		byte[] bytes = ManifestJson.write(m);
		ManifestSignature sig = ManifestSignature.sign(bytes, keys);
		ManifestSignature back = ManifestSignature.read(sig.toJson());
		assertEquals(sig, back);
		back.verify(bytes, keys.getPublic());
		assertEquals(128, back.sha3_512().length());

		for (int at : new int[] { 0, bytes.length / 2, bytes.length - 2 }) {
			byte[] tampered = bytes.clone();
			tampered[at] ^= 0x01;
			SignatureCheckException e = assertThrows(SignatureCheckException.class, () -> back.verify(tampered, keys.getPublic()));
			assertEquals(SignatureCheckException.Kind.TAMPERED, e.kind());
		}
		KeyPair other = SigningKeys.generate();
		SignatureCheckException wrong = assertThrows(SignatureCheckException.class, () -> back.verify(bytes, other.getPublic()));
		assertEquals(SignatureCheckException.Kind.WRONG_KEY, wrong.kind());

		// a forger who rewrites the manifest and its digest still cannot make the signature match
		byte[] forged = bytes.clone();
		forged[forged.length / 2] ^= 0x01;
		ManifestSignature reDigested = new ManifestSignature(sig.publicKey(), sig.fingerprint(), ManifestSignature.sha3(forged),
				sig.signature());
		assertEquals(SignatureCheckException.Kind.TAMPERED,
				assertThrows(SignatureCheckException.class, () -> reDigested.verify(forged, keys.getPublic())).kind());
	}

	@Test
	void keysSurviveTheirPemForm() {
		KeyPair keys = SigningKeys.generate();
		String priv = SigningKeys.privatePem(keys.getPrivate());
		String pub = SigningKeys.publicPem(keys.getPublic());
		assertTrue(priv.startsWith("-----BEGIN PRIVATE KEY-----\n"), priv);
		assertEquals(SigningKeys.fingerprint(keys.getPublic()), SigningKeys.fingerprint(SigningKeys.readPublic(pub)));
		KeyPair again = new KeyPair(SigningKeys.readPublic(pub), SigningKeys.readPrivate(priv));
		byte[] data = "x".getBytes(StandardCharsets.UTF_8);
		ManifestSignature.sign(data, again).toString();
		assertThrows(IllegalArgumentException.class, () -> SigningKeys.readPublic(priv));
		assertTrue(SigningKeys.fingerprint(keys.getPublic()).startsWith("SHA256:"));
	}

	@Test
	void brokenManifestsAreRefusedWithWhereAndWhy() throws Exception {
		put("a", "a");
		String good = new String(ManifestJson.write(make(1, EnumSet.of(ChecksumAlgorithm.SHA256))), StandardCharsets.UTF_8);
		assertTrue(assertThrows(ManifestFormatException.class,
				() -> ManifestJson.read("{\"format\": \"karma-manifest\",".getBytes(StandardCharsets.UTF_8))).getMessage()
				.startsWith("not valid JSON: line 1"));
		assertTrue(assertThrows(ManifestFormatException.class, () -> read(good.replace("\"formatVersion\": 1",
				"\"formatVersion\": 7"))).getMessage().contains("format version 7 is not supported"));
		assertTrue(assertThrows(ManifestFormatException.class, () -> read(good.replaceFirst("\"sha256\":\"[0-9a-f]{4}",
				"\"sha256\":\"XYZW"))).getMessage().contains("files[0].sha256"));
		assertTrue(assertThrows(ManifestFormatException.class, () -> read("[]")).getMessage().contains("not an object"));
	}

	private static Manifest read(String text) throws ManifestFormatException {
		return ManifestJson.read(text.getBytes(StandardCharsets.UTF_8));
	}
}
