package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.RelPath;
import org.karma.core.KarmaHome;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.core.versions.VersionsOperation;
import org.karma.core.versions.VersionsOperation.Listed;
import org.karma.core.versions.VersionsOperation.Place;
import org.karma.core.versions.VersionsOperation.Side;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.PreviewView;
import org.karma.ui.internal.ProfileRow;
import org.karma.ui.internal.ProfilesView;
import org.karma.ui.internal.versions.ConflictCompare;
import org.karma.ui.internal.versions.KarmaCompareInput;
import org.karma.ui.internal.versions.VersionsJob;
import org.karma.ui.internal.versions.VersionsView;

/**
 * The Versions view and the conflict compare on real widgets and real files: versions kept by
 * real syncs are listed, compared with the current file, restored (the replaced file kept as a
 * version itself); a conflict opens two-way when no base is kept, three-way when a kept version
 * holds the last synced content. Waits by joining the KARMA job family, never by sleeping.
 */
class VersionsViewTest {

	static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

	Path dir;
	Path left;
	Path right;
	IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-versions-test");
		left = Files.createDirectories(dir.resolve("left"));
		right = dir.resolve("right");
		KarmaServices.setHome(KarmaHome.at(dir.resolve("home")));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		UiWait.processEvents();
	}

	@AfterEach
	void tearDown() {
		UiWait.joinKarmaJobs();
		page.closeAllEditors(false);
		UiWait.processEvents();
	}

	/** Writes a file with a given modification time, so each change is seen whatever the clock's granularity. */
	static void write(Path file, String text, Instant mtime) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		Files.setLastModifiedTime(file, FileTime.from(mtime));
	}

	SyncProfile profile(String name) throws Exception {
		KarmaServices.profiles().create(Profiles.create(name, left.toString(), right.toString()));
		return KarmaServices.profiles().load(name);
	}

	static void sync(SyncProfile profile) {
		SyncJob job = new SyncJob(KarmaServices.syncOperation(), profile);
		job.schedule();
		UiWait.joinKarmaJobs();
		assertTrue(job.outcome().isPresent(), "the sync ran: " + job.failure().map(Throwable::getMessage).orElse(""));
	}

	/** Joins the job and then what its result scheduled (a restore lists again). */
	static void settle(Job job) {
		assertNotNull(job, "a job was started");
		UiWait.joinKarmaJobs();
		UiWait.joinKarmaJobs();
	}

	static List<String> cells(TreeItem item, int columns) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}

	@Test
	void versionsOfASyncedOverwriteAreListedComparedAndRestored() throws Exception {
		SyncProfile profile = profile("docs");
		write(left.resolve("a.txt"), "one", T0);
		write(left.resolve("keep.txt"), "never changed", T0);
		sync(profile);
		assertEquals("one", Files.readString(right.resolve("a.txt")));
		write(left.resolve("a.txt"), "two!", T0.plusSeconds(60));
		sync(profile);
		assertEquals("two!", Files.readString(right.resolve("a.txt")), "the right side's a.txt was overwritten");

		// the Profiles view's context menu command opens the Versions view on the profile
		ProfilesView profiles = (ProfilesView) page.showView(KarmaUi.PROFILES_VIEW_ID);
		UiWait.until("the profile in the view", () -> profiles.getViewer().getTable().getItemCount() == 1);
		ProfileRow row = (ProfileRow) profiles.getViewer().getElementAt(0);
		page.activate(profiles);
		profiles.getViewer().setSelection(new StructuredSelection(row), true);
		UiWait.processEvents();
		profiles.getSite().getService(IHandlerService.class).executeCommand(KarmaUi.VERSIONS_COMMAND_ID, null);
		UiWait.joinKarmaJobs();
		VersionsView view = (VersionsView) page.findView(KarmaUi.VERSIONS_VIEW_ID);
		assertNotNull(view, "the Versions view opened");
		assertEquals("docs", view.getProfileCombo().getText());

		Tree tree = view.getViewer().getTree();
		assertEquals(1, tree.getItemCount(), "one file has versions: " + view.getMessage());
		TreeItem file = tree.getItem(0);
		assertEquals(List.of("a.txt", "right", "1 version", "", ""), cells(file, 5));
		assertEquals(1, file.getItemCount());
		Listed kept = (Listed) file.getItem(0).getData();
		assertEquals(Side.RIGHT, kept.side());
		assertEquals(3, kept.version().size());
		long secondRun = KarmaServices.history().runs(java.util.Optional.of("docs"), 1).get(0).id();
		assertEquals(List.of(VersionsView.TIME.format(kept.version().timestamp()), "right", "3 B",
				"overwritten (run " + secondRun + ")", kept.version().path().toString()), cells(file.getItem(0), 5));
		assertEquals("one", Files.readString(right.resolve(kept.version().path().toString())));
		assertEquals("1 version of 1 file (1 in all)", view.getMessage());

		// the path filter
		view.getPathFilter().setText("nothing-like-this");
		assertEquals(0, tree.getItemCount());
		view.getPathFilter().setText("A.T");
		assertEquals(1, tree.getItemCount(), "case-insensitive part of the path");
		view.getPathFilter().setText("");

		// Compare with Current: the kept content left, the current file right
		view.getViewer().setSelection(new StructuredSelection(kept), true);
		UiWait.processEvents();
		assertSame(kept, view.selectedVersion());
		settle(view.compareWithCurrent(view.selectedVersion()));
		KarmaCompareInput compare = view.lastCompare();
		assertNotNull(compare, "a compare editor was opened");
		assertFalse(compare.isThreeWay());
		assertEquals("one", compare.left().text());
		assertEquals("two!", compare.right().text());
		assertEquals("txt", compare.left().getType(), "text: the text merge viewer");
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "the compare editor is open");
		assertSame(compare, editor.getEditorInput());
		assertTrue(compare.getCompareResult() instanceof DiffNode, String.valueOf(compare.getCompareResult()));
		assertTrue(page.isEditorAreaVisible());
		page.closeEditor(editor, false);
		UiWait.processEvents();
		assertFalse(page.isEditorAreaVisible(), "the empty editor area is hidden again after a compare too");

		// Restore to its place: the old content back, the overwritten current one kept as a version
		settle(view.restore(kept));
		assertEquals("one", Files.readString(right.resolve("a.txt")));
		UiWait.until("two versions listed", () -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 2);
		assertTrue(view.getMessage().startsWith("2 versions of 1 file"), view.getMessage());
		List<String> contents = new ArrayList<>();
		for (TreeItem item : tree.getItem(0).getItems()) {
			contents.add(Files.readString(right.resolve(((Listed) item.getData()).version().path().toString())));
		}
		assertEquals(List.of("two!", "one"), contents, "newest first: the replaced current file, then the restored one");
		assertEquals(List.of("not by a sync", "overwritten (run " + secondRun + ")"),
				List.of(tree.getItem(0).getItem(0).getText(3), tree.getItem(0).getItem(1).getText(3)),
				"the restore kept the current file, the second sync the first content");

		// Restore To: elsewhere on the same endpoint, the original place untouched (the save dialog's
		// choice must lie inside the endpoint's folder)
		Path root = right.toAbsolutePath().normalize();
		assertEquals(RelPath.of("old/a.txt"), VersionsView.relativeTo(root, right.resolve("old/../old/a.txt")));
		assertNull(VersionsView.relativeTo(root, left.resolve("a.txt")), "outside the endpoint");
		assertNull(VersionsView.relativeTo(root, right), "the root itself is no file");
		settle(view.restoreTo(kept, RelPath.of("old/a.txt")));
		assertEquals("one", Files.readString(right.resolve("old/a.txt")));
		assertEquals("one", Files.readString(right.resolve("a.txt")));
		assertFalse(Files.exists(left.resolve("old")), "the version's own endpoint only");
	}

	@Test
	void aBinaryVersionComparesInTheBinaryViewer() throws Exception {
		SyncProfile profile = profile("bin");
		Files.createDirectories(left);
		Files.write(left.resolve("b.bin"), new byte[] { 1, 0, 2 });
		Files.setLastModifiedTime(left.resolve("b.bin"), FileTime.from(T0));
		sync(profile);
		Files.write(left.resolve("b.bin"), new byte[] { 1, 0, 3, 4 });
		Files.setLastModifiedTime(left.resolve("b.bin"), FileTime.from(T0.plusSeconds(60)));
		sync(profile);
		VersionsView view = (VersionsView) page.showView(KarmaUi.VERSIONS_VIEW_ID);
		settle(view.selectProfile("bin"));
		Listed kept = (Listed) view.getViewer().getTree().getItem(0).getItem(0).getData();
		settle(view.compareWithCurrent(kept));
		assertEquals("binary", view.lastCompare().left().getType());
		assertEquals(4, view.lastCompare().right().bytes().length);
	}

	/** The plan item of {@code path} from a fresh preview of {@code profile}, shown in the preview view. */
	PlanItem previewedItem(SyncProfile profile, String path) throws Exception {
		PlanJob plan = new PlanJob(KarmaServices.syncOperation(), profile);
		plan.schedule();
		UiWait.joinKarmaJobs();
		Plan shown = plan.plan().orElseThrow(() -> new AssertionError("a plan"));
		PreviewView preview = (PreviewView) page.showView(KarmaUi.PREVIEW_VIEW_ID);
		preview.show(profile, shown);
		return shown.items().stream().filter(i -> i.path().toString().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError(path + " in the plan"));
	}

	@Test
	void aConflictWithoutAKeptBaseOpensTwoWaySayingSo() throws Exception {
		SyncProfile profile = profile("clash");
		write(left.resolve("c.txt"), "base", T0);
		sync(profile);
		write(left.resolve("c.txt"), "left change", T0.plusSeconds(60));
		write(right.resolve("c.txt"), "right change", T0.plusSeconds(120));
		PlanItem item = previewedItem(profile, "c.txt");
		assertTrue(item.isConflict(), item.reason());
		assertNotNull(item.base(), "synced before: the state store has its metadata");

		PreviewView preview = (PreviewView) page.findView(KarmaUi.PREVIEW_VIEW_ID);
		@SuppressWarnings("unchecked")
		VersionsJob<KarmaCompareInput> job = (VersionsJob<KarmaCompareInput>) preview.openInCompare(item);
		settle(job);
		assertNull(job.failure(), job.failure());
		KarmaCompareInput input = job.result();
		assertFalse(input.isThreeWay(), "the base content is nowhere");
		assertNull(input.ancestor());
		assertTrue(input.getTitle().contains(ConflictCompare.NO_BASE), input.getTitle());
		assertEquals("left change", input.left().text());
		assertEquals("right change", input.right().text());
		assertSame(input, page.getActiveEditor().getEditorInput());
	}

	@Test
	void aConflictWhoseBaseIsAKeptVersionOpensThreeWay() throws Exception {
		SyncProfile profile = profile("merge");
		write(left.resolve("m.txt"), "old", T0);
		sync(profile);
		write(left.resolve("m.txt"), "base", T0.plusSeconds(60));
		sync(profile); // the right's "old" is kept; both sides hold "base", the last synced state
		// restoring "old" on the right keeps the right's "base" as a version: the base content now exists
		VersionsOperation.Restored restored = new VersionsOperation(KarmaServices.connectors(), Clock.systemUTC())
				.restore(Place.of(profile), RelPath.of("m.txt"), null, Side.RIGHT, null, null);
		FileVersionHolder.check(restored, right);
		write(left.resolve("m.txt"), "left edit", T0.plusSeconds(180));

		PlanItem item = previewedItem(profile, "m.txt");
		assertTrue(item.isConflict(), item.reason());
		PreviewView preview = (PreviewView) page.findView(KarmaUi.PREVIEW_VIEW_ID);
		@SuppressWarnings("unchecked")
		VersionsJob<KarmaCompareInput> job = (VersionsJob<KarmaCompareInput>) preview.openInCompare(item);
		settle(job);
		assertNull(job.failure(), job.failure());
		KarmaCompareInput input = job.result();
		assertTrue(input.isThreeWay(), input.getTitle());
		assertEquals("base", input.ancestor().text());
		assertEquals("left edit", input.left().text());
		assertEquals("old", input.right().text());
		assertTrue(input.getTitle().contains("base / left / right"), input.getTitle());
		assertSame(input, page.getActiveEditor().getEditorInput());
		DiffNode node = (DiffNode) input.getCompareResult();
		assertSame(input.ancestor(), node.getAncestor());
	}

	/** What the restore in the three-way test must have done for the test to mean anything. */
	static final class FileVersionHolder {
		static void check(VersionsOperation.Restored restored, Path right) throws Exception {
			assertEquals("old", Files.readString(right.resolve("m.txt")));
			assertEquals("base", Files.readString(right.resolve(restored.archivedCurrent()
					.orElseThrow(() -> new AssertionError("the current file kept")).path().toString())));
		}
	}
}
