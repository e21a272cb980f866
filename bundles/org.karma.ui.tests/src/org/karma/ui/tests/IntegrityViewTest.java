package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.core.KarmaHome;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.SigningKeyStore;
import org.karma.engine.integrity.ChecksumAlgorithm;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.integrity.CreateManifestDialog;
import org.karma.ui.internal.integrity.IntegrityView;
import org.karma.ui.internal.integrity.VerifyDialog;

/**
 * The Integrity view on real widgets and real files: a manifest made through core, a byte of a file
 * rewritten with its time kept (bitrot), Verify... through the view's dialog shows a FINDINGS row
 * whose details list the file as CORRUPTED; a tampered manifest verified again shows
 * SIGNATURE_FAILED, in red. Waits by joining the KARMA job family, never by sleeping.
 */
class IntegrityViewTest {

	static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

	Path dir;
	Path tree;
	KarmaHome home;
	IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-integrity-test");
		tree = Files.createDirectories(dir.resolve("photos"));
		home = KarmaHome.at(dir.resolve("home"));
		KarmaServices.setHome(home);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		UiWait.processEvents();
	}

	@AfterEach
	void tearDown() {
		UiWait.joinKarmaJobs();
		UiWait.processEvents();
	}

	static void write(Path file, String text, Instant mtime) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		Files.setLastModifiedTime(file, FileTime.from(mtime));
	}

	/** A key pair and a signed manifest of the tree, made through core as 'karma check' makes them. */
	Path manifestOfTree() throws Exception {
		SigningKeyStore keys = SigningKeyStore.of(home, () -> {
			throw new CredentialsException(CredentialsException.Kind.STORAGE, "no store in this test", null);
		});
		keys.generate(Optional.empty(), false, false);
		Path manifest = dir.resolve("photos.json");
		CheckOperation operation = new CheckOperation(home, KarmaServices.connectors(), Clock.systemUTC(), SecretSource.NONE,
				keys, dir);
		CheckOperation.Created created = operation.create(new CheckOperation.CreateRequest("photos", List.of(tree.toString()),
				Set.of(ChecksumAlgorithm.SHA256), 2, manifest, CheckOperation.Signing.REQUIRED, Optional.empty(), Optional.empty()),
				new NullProgressMonitor());
		assertEquals(3, created.manifest().totalFiles());
		return manifest;
	}

	IntegrityView showView() throws Exception {
		IntegrityView view = (IntegrityView) page.showView(KarmaUi.INTEGRITY_VIEW_ID);
		UiWait.processEvents();
		return view;
	}

	static List<String> cells(TableItem item, int columns) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}

	static void press(Button button) {
		assertNotNull(button);
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
	}

	static boolean red(TableItem item, int column) {
		return item.getForeground(column).equals(item.getDisplay().getSystemColor(SWT.COLOR_RED));
	}

	@Test
	void bitrotShowsAsCorruptedAndATamperedManifestAsASignatureFailure() throws Exception {
		write(tree.resolve("a.jpg"), "0123456789abcdef", T0);
		write(tree.resolve("b/c.jpg"), "second picture", T0);
		write(tree.resolve("b/d.jpg"), "third one", T0);
		Path manifest = manifestOfTree();
		// bitrot: one byte changes, the size and the modification time do not
		write(tree.resolve("b/c.jpg"), "second pictur3", T0);

		IntegrityView view = showView();
		Table table = view.getViewer().getTable();
		assertEquals(1, table.getItemCount(), "the manifest made through core is listed: " + view.getMessage());
		assertEquals("create", table.getItem(0).getText(1));
		assertEquals("OK", table.getItem(0).getText(2));

		VerifyDialog dialog = view.openVerifyDialog(false);
		dialog.getManifestText().setText("");
		assertFalse(dialog.getOkButton().isEnabled(), "nothing to verify");
		dialog.getManifestText().setText(manifest.toString());
		press(dialog.getOkButton());
		UiWait.joinKarmaJobs();

		assertEquals(2, table.getItemCount(), view.getMessage());
		TableItem row = table.getItem(0);
		assertEquals(List.of("verify", "FINDINGS", "photos", "3", "1 corrupted; 2 match", manifest.toString()),
				cells(row, 7).subList(1, 7));
		IntegrityCheck selected = view.selectedCheck().orElseThrow();
		assertEquals(view.checks().get(0), selected, "the new record is selected");
		assertEquals(IntegrityCheck.Status.FINDINGS, selected.status());
		assertTrue(red(row, 2), "corrupted files make the status red");
		assertNotNull(row.getImage(2), "and give it an error icon");
		Table found = view.getFindingsViewer().getTable();
		assertEquals(1, found.getItemCount());
		assertEquals(List.of("CORRUPTED", tree.toString(), "b/c.jpg"), cells(found.getItem(0), 3));
		assertTrue(found.getItem(0).getText(3).startsWith("content differs while size and time are unchanged"),
				found.getItem(0).getText(3));
		assertTrue(red(found.getItem(0), 0));
		assertTrue(view.getMessage().endsWith("1 corrupted; 2 match"), view.getMessage());

		// one byte of the manifest changes: its signature no longer holds
		String text = Files.readString(manifest);
		Files.writeString(manifest, text.replaceFirst("\"photos\"", "\"phOtos\""));
		assertTrue(view.getVerifyAgainAction().isEnabled());
		view.getVerifyAgainAction().run();
		UiWait.joinKarmaJobs();

		assertEquals(3, table.getItemCount(), view.getMessage());
		row = table.getItem(0);
		assertEquals(List.of("verify", "SIGNATURE_FAILED", "phOtos", "3", "signature failed"), cells(row, 6).subList(1, 6));
		assertEquals(IntegrityCheck.Status.SIGNATURE_FAILED, view.selectedCheck().orElseThrow().status());
		assertTrue(red(row, 2) && red(row, 5), "a signature failure is red");
		assertNotNull(row.getImage(2));
		assertEquals(0, found.getItemCount(), "nothing else was trusted");
		assertTrue(view.getMessage().contains("the manifest was changed after it was signed"), view.getMessage());
		assertTrue(view.getDetails().contains("the manifest was changed after it was signed"), view.getDetails());

		// the older record keeps its findings
		view.select(view.checks().get(1).id());
		UiWait.processEvents();
		assertEquals(1, found.getItemCount());
		assertEquals("CORRUPTED", found.getItem(0).getText(0));
	}

	@Test
	void createManifestMakesASignedManifestAndListsIt() throws Exception {
		write(tree.resolve("a.jpg"), "one", T0);
		write(tree.resolve("b.jpg"), "two", T0);
		SigningKeyStore.of(home, () -> {
			throw new CredentialsException(CredentialsException.Kind.STORAGE, "no store in this test", null);
		}).generate(Optional.empty(), false, false);
		Path output = dir.resolve("made.json");

		IntegrityView view = showView();
		assertEquals(0, view.getViewer().getTable().getItemCount());
		CreateManifestDialog dialog = view.openCreateDialog(false);
		assertFalse(dialog.getOkButton().isEnabled());
		dialog.getGroupText().setText("pictures");
		dialog.getRootText().setText(tree.toString());
		dialog.getAlgorithmCombo().select(CreateManifestDialog.ALGORITHMS.indexOf("both"));
		dialog.getOutputText().setText(output.toString());
		press(dialog.getOkButton());
		UiWait.joinKarmaJobs();

		assertTrue(Files.isRegularFile(output));
		assertTrue(Files.isRegularFile(CheckOperation.signatureFileOf(output)), "signed with the home's key");
		assertTrue(Files.readString(output).contains("\"md5\""), "both algorithms");
		Table table = view.getViewer().getTable();
		assertEquals(1, table.getItemCount());
		assertEquals(List.of("create", "OK", "pictures", "2"), cells(table.getItem(0), 5).subList(1, 5));
		assertNull(table.getItem(0).getImage(2));
		assertTrue(view.getMessage().startsWith("Made " + output), view.getMessage());

		// and the record can be verified again at once
		view.getVerifyAgainAction().run();
		UiWait.joinKarmaJobs();
		assertEquals(2, table.getItemCount());
		assertEquals(List.of("verify", "OK", "pictures", "2", "all 2 match"), cells(table.getItem(0), 6).subList(1, 6));
	}
}
