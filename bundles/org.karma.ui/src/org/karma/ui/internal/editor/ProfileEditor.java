package org.karma.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.ProfilesView;

/**
 * The Profile editor: a form over one stored sync profile. Every edit is an EMF.Edit command on
 * the editor's {@link EditingDomain}, so Undo and Redo (the workbench's global actions) work and
 * the dirty state is the command stack's save point. Save writes through the {@link ProfileStore}
 * (validated, atomic) — the same store and checks as {@code karma profile}: a profile with problems
 * is not saved, and a profile changed on disk since it was opened is not overwritten without asking.
 */
public final class ProfileEditor extends FormEditor implements IEditingDomainProvider {

	/** The editor's id (plugin.xml). */
	public static final String ID = KarmaUi.PROFILE_EDITOR_ID;

	/** Answers of {@link DiskConflictQuestion}. */
	public enum DiskConflictAnswer {
		/** Write the edited profile over the one on disk. */
		OVERWRITE,
		/** Drop the edits and show the profile on disk. */
		RELOAD,
		/** Do nothing (the editor stays dirty). */
		CANCEL
	}

	/** Asks what to do when the profile changed on disk since the editor read it. */
	@FunctionalInterface
	public interface DiskConflictQuestion {
		DiskConflictAnswer ask(Shell shell, String profile);
	}

	/** The question a user sees; tests answer it themselves. */
	public static volatile DiskConflictQuestion diskConflictQuestion = defaultDiskConflictQuestion();

	/** The question a user sees: a dialog with Overwrite, Reload and Cancel. */
	public static DiskConflictQuestion defaultDiskConflictQuestion() {
		return ProfileEditor::askUser;
	}

	private ProfileStore store;
	private SyncProfile profile;
	private byte[] loadedBytes;
	private ProfileCommandStack commandStack;
	private AdapterFactoryEditingDomain domain;
	private ComposedAdapterFactory adapterFactory;
	private ProfileFormPage formPage;
	private final Action undo = new Action("&Undo") {
		@Override
		public void run() {
			if (commandStack.canUndo()) {
				commandStack.undo();
			}
		}
	};
	private final Action redo = new Action("&Redo") {
		@Override
		public void run() {
			if (commandStack.canRedo()) {
				commandStack.redo();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProfileEditorInput profileInput)) {
			throw new PartInitException("the Profile editor opens stored sync profiles, not " + input.getName());
		}
		super.init(site, input);
		store = profileInput.store();
		try {
			load();
		} catch (ProfileStoreException e) {
			throw new PartInitException("Cannot open profile " + profileInput.name() + ": " + e.getMessage(), e);
		}
		setPartName(profileInput.name());
		setTitleToolTip(profileInput.getToolTipText());
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new ProfileCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		commandStack.addCommandStackListener(event -> modelChanged());
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		// the workbench's Edit > Undo/Redo (in an IDE, whose advisor maps these actions to the commands) ...
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		// ... and the commands themselves (key bindings; the KARMA product has no Edit menu), while this editor is active
		IHandlerService handlers = site.getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, new ActionHandler(undo));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, new ActionHandler(redo));
		updateActions();
	}

	private void load() throws ProfileStoreException {
		ProfileEditorInput input = (ProfileEditorInput) getEditorInput();
		Path file = store.fileOf(input.name());
		loadedBytes = read(file);
		profile = store.load(input.name());
	}

	private static byte[] read(Path file) throws ProfileStoreException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException e) {
			throw new ProfileStoreException(ProfileStoreException.Reason.IO, "cannot read " + file + ": " + e.getMessage(),
					List.of(), e);
		}
	}

	@Override
	protected void addPages() {
		formPage = new ProfileFormPage(this);
		try {
			addPage(formPage);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Called after every command, undo and redo. */
	private void modelChanged() {
		updateActions();
		if (formPage != null) {
			formPage.modelChanged();
		}
		firePropertyChange(PROP_DIRTY);
	}

	private void updateActions() {
		undo.setEnabled(commandStack.canUndo());
		redo.setEnabled(commandStack.canRedo());
		undo.setText(commandStack.canUndo() ? "&Undo " + label(commandStack.getUndoCommand().getLabel()) : "&Undo");
		redo.setText(commandStack.canRedo() ? "&Redo " + label(commandStack.getRedoCommand().getLabel()) : "&Redo");
	}

	private static String label(String label) {
		return label == null ? "" : label;
	}

	@Override
	public boolean isDirty() {
		return commandStack != null && commandStack.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// not offered: a profile's file is named after the profile
	}

	/**
	 * Saves the profile through the store. Refused (with the reason in the form's header, the
	 * editor staying dirty) while a field cannot be read or the profile has problems; a profile
	 * changed on disk since it was read is overwritten only if the user says so.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		List<String> problems = formPage.problems();
		if (!problems.isEmpty()) {
			formPage.saveRefused("Not saved: " + (problems.size() == 1 ? problems.get(0)
					: problems.size() + " problems, the first: " + problems.get(0)));
			monitor.setCanceled(true);
			return;
		}
		ProfileEditorInput input = (ProfileEditorInput) getEditorInput();
		Path file = store.fileOf(input.name());
		try {
			byte[] onDisk = read(file);
			if (!Arrays.equals(onDisk, loadedBytes)) {
				DiskConflictAnswer answer = diskConflictQuestion.ask(getSite().getShell(), input.name());
				if (answer == DiskConflictAnswer.RELOAD) {
					reload();
					monitor.setCanceled(true);
					return;
				}
				if (answer != DiskConflictAnswer.OVERWRITE) {
					formPage.saveRefused("Not saved: profile " + input.name()
							+ " was changed on disk since it was opened (save again to overwrite or reload)");
					monitor.setCanceled(true);
					return;
				}
			}
			store.save(profile);
			loadedBytes = read(file);
		} catch (ProfileStoreException e) {
			formPage.saveRefused("Not saved: " + e.getMessage());
			monitor.setCanceled(true);
			return;
		}
		commandStack.saveIsDone();
		formPage.saveRefused(null);
		firePropertyChange(PROP_DIRTY);
		refreshProfilesView();
	}

	/** Drops the edits and the undo history and shows the profile as it is on disk. */
	public void reload() throws ProfileStoreException {
		load();
		commandStack.flush();
		formPage.setProfile(profile);
		modelChanged();
	}

	private static void refreshProfilesView() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var page = window == null ? null : window.getActivePage();
		var reference = page == null ? null : page.findViewReference(KarmaUi.PROFILES_VIEW_ID);
		if (reference != null && reference.getView(false) instanceof ProfilesView view) {
			view.refresh();
		}
	}

	private static DiskConflictAnswer askUser(Shell shell, String name) {
		MessageDialog dialog = new MessageDialog(shell, "Profile Changed on Disk", null, "The profile " + name
				+ " was changed on disk (by the karma command or another window) since this editor read it.\n\n"
				+ "Overwrite it with your edits, or reload it and drop your edits?", MessageDialog.WARNING, 2,
				"&Overwrite", "&Reload", IDialogConstants.CANCEL_LABEL);
		return switch (dialog.open()) {
		case 0 -> DiskConflictAnswer.OVERWRITE;
		case 1 -> DiskConflictAnswer.RELOAD;
		default -> DiskConflictAnswer.CANCEL;
		};
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The profile being edited (the editor's working copy). */
	public SyncProfile profile() {
		return profile;
	}

	/** The editor's Undo and Redo actions (also in the form's toolbar). */
	Action undoAction() {
		return undo;
	}

	Action redoAction() {
		return redo;
	}

	ProfileStore store() {
		return store;
	}

	ProfileCommandStack commandStack() {
		return commandStack;
	}

	/** The form page (tests reach the widgets through it). */
	public ProfileFormPage formPage() {
		return formPage;
	}

	@Override
	public void dispose() {
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}
}
