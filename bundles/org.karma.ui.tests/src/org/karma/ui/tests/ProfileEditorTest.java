package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.core.KarmaHome;
import org.karma.core.profiles.ProfileStore;
import org.karma.model.Profiles;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.ProfileRow;
import org.karma.ui.internal.ProfilesView;
import org.karma.ui.internal.editor.ProfileEditor;
import org.karma.ui.internal.editor.ProfileEditorInput;

/**
 * The Profile editor on real widgets: opened from the Sync Profiles view, edited through its
 * fields, Undo and Redo through the workbench's commands, problems in the form's header, saves
 * through the profile store.
 */
class ProfileEditorTest {

	Path dir;
	IWorkbenchPage page;
	ProfileStore store;
	Path left;
	Path right;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-editor-test");
		KarmaServices.setHome(KarmaHome.at(dir.resolve("home")));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		store = KarmaServices.profiles();
		left = Files.createDirectories(dir.resolve("left"));
		right = Files.createDirectories(dir.resolve("right"));
		store.create(Profiles.create("docs", left.toString(), right.toString()));
		UiWait.processEvents();
	}

	@AfterEach
	void tearDown() {
		ProfileEditor.diskConflictQuestion = ProfileEditor.defaultDiskConflictQuestion();
		page.closeAllEditors(false);
		UiWait.processEvents();
	}

	ProfilesView profilesView() throws Exception {
		ProfilesView view = (ProfilesView) page.showView(KarmaUi.PROFILES_VIEW_ID);
		view.refresh();
		UiWait.until("the profile in the view", () -> view.getViewer().getTable().getItemCount() == 1);
		return view;
	}

	/** Selects the profile in the Sync Profiles view and runs Edit, as the toolbar button does. */
	ProfileEditor openWithEditCommand() throws Exception {
		ProfilesView view = profilesView();
		page.activate(view);
		ProfileRow row = (ProfileRow) view.getViewer().getElementAt(0);
		view.getViewer().setSelection(new StructuredSelection(row), true);
		UiWait.processEvents();
		view.getSite().getService(IHandlerService.class).executeCommand(KarmaUi.EDIT_PROFILE_COMMAND_ID, null);
		UiWait.processEvents();
		IEditorPart editor = page.getActiveEditor();
		ProfileEditor profileEditor = assertInstanceOf(ProfileEditor.class, editor);
		assertEquals("docs", profileEditor.getPartName());
		assertTrue(page.isPartVisible(profileEditor), "the editor is showing");
		return profileEditor;
	}

	static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
		UiWait.processEvents();
	}

	static void choose(Combo combo, String item) {
		int index = List.of(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
	}

	void command(String id) throws Exception {
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(id, null);
		UiWait.processEvents();
	}

	@Test
	void editsUndoRedoAndSaveThroughTheStore() throws Exception {
		ProfileEditor editor = openWithEditCommand();
		assertFalse(editor.isDirty());
		Text description = (Text) editor.formPage().control("description");
		Text name = (Text) editor.formPage().control("name");
		assertEquals("docs", name.getText());
		assertFalse(name.getEditable(), "the name is the file name: not edited here");
		assertEquals(left.toString(), ((Text) editor.formPage().control("left.uri")).getText());

		// typing a text is one edit: one Undo takes it back whole
		type(description, "my d");
		type(description, "my documents");
		assertTrue(editor.isDirty());
		assertEquals("my documents", editor.profile().getDescription());
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("", description.getText(), "Undo shows the old value");
		assertNull(editor.profile().getDescription());
		assertFalse(editor.isDirty(), "back at the save point");
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("my documents", description.getText(), "Redo shows the new value");
		assertTrue(editor.isDirty());

		// a combo, a list and a check box
		Combo direction = (Combo) editor.formPage().control("direction");
		choose(direction, "MIRROR");
		assertEquals(Direction.MIRROR, editor.profile().getDirection());
		type((Text) editor.formPage().control("filter.excludes"), "*.tmp\nbuild/\n");
		assertEquals(List.of("*.tmp", "build/"), editor.profile().getFilter().getExcludes());
		Button hidden = (Button) editor.formPage().control("filter.excludeHidden");
		hidden.setSelection(true);
		hidden.notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
		assertTrue(editor.profile().getFilter().isExcludeHidden());
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertFalse(hidden.getSelection(), "Undo unchecks the box");
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("", ((Text) editor.formPage().control("filter.excludes")).getText());
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals("TWO_WAY", direction.getText());
		command(IWorkbenchCommandConstants.EDIT_REDO);
		command(IWorkbenchCommandConstants.EDIT_REDO);
		assertEquals("MIRROR", direction.getText());
		assertEquals("*.tmp\nbuild/", ((Text) editor.formPage().control("filter.excludes")).getText());

		// an optional number: empty means unset
		Text maxSize = (Text) editor.formPage().control("filter.maxSizeBytes");
		type(maxSize, "1048576");
		assertTrue(editor.profile().getFilter().isSetMaxSizeBytes());
		type(maxSize, "");
		assertFalse(editor.profile().getFilter().isSetMaxSizeBytes());
		type(maxSize, "2048");

		assertTrue(page.saveEditor(editor, false));
		UiWait.processEvents();
		assertFalse(editor.isDirty(), "saved");
		SyncProfile saved = KarmaServices.profiles().load("docs");
		assertEquals("my documents", saved.getDescription());
		assertEquals(Direction.MIRROR, saved.getDirection());
		assertEquals(List.of("*.tmp", "build/"), saved.getFilter().getExcludes());
		assertEquals(2048L, saved.getFilter().getMaxSizeBytes());
		assertFalse(saved.getFilter().isExcludeHidden());

		// after a save, Undo makes the editor dirty again
		command(IWorkbenchCommandConstants.EDIT_UNDO);
		assertTrue(editor.isDirty());
		assertEquals("", maxSize.getText());
	}

	@Test
	void invalidValuesShowInTheHeaderAndAreNotSaved() throws Exception {
		ProfileEditor editor = openWithEditCommand();
		var form = editor.formPage().form();
		assertNotEquals(IMessageProvider.ERROR, form.getMessageType(), String.valueOf(editor.formPage().messages()));
		byte[] before = Files.readAllBytes(store.fileOf("docs"));

		Text parallel = (Text) editor.formPage().control("parallelTransfers");
		type(parallel, "0");
		assertTrue(editor.isDirty());
		assertEquals(IMessageProvider.ERROR, form.getMessageType());
		assertTrue(form.getMessage() != null && !form.getMessage().isEmpty(), "the header shows the problem");
		assertTrue(editor.formPage().messages().contains("parallelTransfers: 0 is out of range (allowed: 1 to 64)"),
				String.valueOf(editor.formPage().messages()));

		assertFalse(page.saveEditor(editor, false) && !editor.isDirty(), "not saved");
		UiWait.processEvents();
		assertTrue(editor.isDirty());
		assertArrayEquals(before, Files.readAllBytes(store.fileOf("docs")), "the file is untouched");
		assertEquals("Not saved: profile 'docs': parallelTransfers: 0 is out of range (allowed: 1 to 64)",
				editor.formPage().messages().get(0));

		// text that is no number: the model keeps its value, the field says why
		type(parallel, "many");
		assertEquals(0, editor.profile().getParallelTransfers());
		assertTrue(editor.formPage().messages().contains("Parallel transfers: 'many' is not a whole number"),
				String.valueOf(editor.formPage().messages()));
		assertEquals(IMessageProvider.ERROR, form.getMessageType());

		// two endpoints at the same place
		type((Text) editor.formPage().control("right.uri"), left.toString());
		assertTrue(editor.formPage().messages().stream().anyMatch(m -> m.startsWith("right: is the same location as left")),
				String.valueOf(editor.formPage().messages()));
		type((Text) editor.formPage().control("right.uri"), right.toString());

		type(parallel, "8");
		assertNotEquals(IMessageProvider.ERROR, form.getMessageType(), String.valueOf(editor.formPage().messages()));
		assertEquals(List.of(), editor.formPage().messages());
		assertTrue(page.saveEditor(editor, false));
		assertFalse(editor.isDirty());
		assertEquals(8, store.load("docs").getParallelTransfers());
	}

	@Test
	void aProfileChangedOnDiskIsNotOverwrittenWithoutAsking() throws Exception {
		ProfileEditor editor = openWithEditCommand();
		type((Text) editor.formPage().control("description"), "mine");
		SyncProfile theirs = store.load("docs");
		theirs.setClockSkewSeconds(5);
		store.save(theirs); // as `karma profile` would, meanwhile

		ProfileEditor.diskConflictQuestion = (shell, profile) -> ProfileEditor.DiskConflictAnswer.CANCEL;
		page.saveEditor(editor, false);
		assertTrue(editor.isDirty(), "not saved");
		assertEquals(5, store.load("docs").getClockSkewSeconds(), "their change is on disk still");
		assertTrue(editor.formPage().messages().get(0).contains("was changed on disk"), editor.formPage().messages().get(0));

		ProfileEditor.diskConflictQuestion = (shell, profile) -> ProfileEditor.DiskConflictAnswer.RELOAD;
		page.saveEditor(editor, false);
		assertFalse(editor.isDirty(), "reloaded");
		assertEquals("5", ((Text) editor.formPage().control("clockSkewSeconds")).getText());
		assertEquals("", ((Text) editor.formPage().control("description")).getText());

		type((Text) editor.formPage().control("description"), "mine again");
		theirs.setClockSkewSeconds(7);
		store.save(theirs);
		ProfileEditor.diskConflictQuestion = (shell, profile) -> ProfileEditor.DiskConflictAnswer.OVERWRITE;
		assertTrue(page.saveEditor(editor, false));
		assertFalse(editor.isDirty());
		SyncProfile saved = store.load("docs");
		assertEquals("mine again", saved.getDescription());
		assertEquals(5, saved.getClockSkewSeconds(), "overwritten with the editor's copy");
	}

	@Test
	void showsEveryPartOfTheProfile() throws Exception {
		SyncProfile profile = store.load("docs");
		profile.setDescription("Documents to the backup disk");
		profile.getFilter().getExcludes().addAll(List.of("*.tmp", "build/"));
		profile.getFilter().getDirectoryBlacklist().add(".git");
		store.save(profile);
		ProfileEditor editor = openWithEditCommand();
		var form = editor.formPage().form();
		List<String> sections = new java.util.ArrayList<>();
		for (var child : form.getBody().getChildren()) {
			if (child instanceof org.eclipse.ui.forms.widgets.Section section) {
				sections.add(section.getText());
			}
		}
		assertEquals(List.of("Overview", "Filters", "Comparison", "Versioning", "Conflicts", "Integrity", "Concurrency",
				"Schedule"), sections);
		assertEquals("*.tmp\nbuild/", ((Text) editor.formPage().control("filter.excludes")).getText());
		assertEquals("KEEP_LAST", ((Combo) editor.formPage().control("versioning.kind")).getText());
		assertEquals("SHA-256", ((Combo) editor.formPage().control("integrity.hashAlgorithm")).getText());
		assertTrue(form.getBody().getSize().x > 300, "the editor has room: " + form.getBody().getSize());
	}

	@Test
	void integrityManifestOptionsAreEditedValidatedAndSaved() throws Exception {
		ProfileEditor editor = openWithEditCommand();
		Button manifest = (Button) editor.formPage().control("integrity.manifestAfterSync");
		Text scrub = (Text) editor.formPage().control("integrity.scrubIntervalDays");
		Text keep = (Text) editor.formPage().control("integrity.manifestsToKeep");
		assertFalse(manifest.getSelection());
		assertEquals("0", scrub.getText());
		assertEquals("10", keep.getText());

		manifest.setSelection(true);
		manifest.notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
		type(scrub, "3651");
		assertTrue(editor.formPage().messages().contains("integrity.scrubIntervalDays: 3651 is out of range (allowed: 0 to 3650)"),
				String.valueOf(editor.formPage().messages()));
		type(scrub, "30");
		type(keep, "0");
		assertTrue(editor.formPage().messages().contains("integrity.manifestsToKeep: 0 is out of range (allowed: 1 to 1000)"),
				String.valueOf(editor.formPage().messages()));
		type(keep, "5");
		assertEquals(List.of(), editor.formPage().messages());
		assertTrue(page.saveEditor(editor, false));
		assertFalse(editor.isDirty());
		SyncProfile saved = store.load("docs");
		assertTrue(saved.getIntegrity().isManifestAfterSync());
		assertEquals(30, saved.getIntegrity().getScrubIntervalDays());
		assertEquals(5, saved.getIntegrity().getManifestsToKeep());
	}

	@Test
	void doubleClickOpensTheEditorAndTheInputRestores() throws Exception {
		ProfilesView view = profilesView();
		page.activate(view);
		Table table = view.getViewer().getTable();
		view.getViewer().setSelection(new StructuredSelection(view.getViewer().getElementAt(0)), true);
		UiWait.processEvents();
		Event event = new Event();
		event.item = table.getItem(0);
		table.notifyListeners(SWT.DefaultSelection, event);
		UiWait.processEvents();
		ProfileEditor editor = assertInstanceOf(ProfileEditor.class, page.getActiveEditor());
		assertEquals("docs", editor.getPartName());

		ProfileEditorInput input = (ProfileEditorInput) editor.getEditorInput();
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		input.getPersistable().saveState(memento);
		IAdaptable restored = new ProfileEditorInput.Factory().createElement(memento);
		assertEquals(input, restored);
		assertEquals(ProfileEditorInput.FACTORY_ID, input.getPersistable().getFactoryId());
		assertTrue(PlatformUI.getWorkbench().getElementFactory(ProfileEditorInput.FACTORY_ID) != null);

		assertTrue(page.isEditorAreaVisible());
		page.closeAllEditors(false);
		UiWait.processEvents();
		assertFalse(page.isEditorAreaVisible(), "the KARMA perspective hides the empty editor area again");
	}
}
