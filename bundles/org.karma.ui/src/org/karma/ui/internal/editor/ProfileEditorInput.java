package org.karma.ui.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.karma.core.profiles.ProfileStore;
import org.karma.ui.internal.KarmaServices;

/**
 * A stored sync profile to edit: its name and the profile folder it lives in (so an editor keeps
 * its profile when the workbench switches homes). Persistable: the workbench reopens it on restart.
 */
public final class ProfileEditorInput implements IEditorInput, IPersistableElement {

	/** Id of the {@link Factory} (plugin.xml, org.eclipse.ui.elementFactories). */
	public static final String FACTORY_ID = "org.karma.ui.editors.profileInputFactory";

	private static final String KEY_NAME = "name";
	private static final String KEY_DIRECTORY = "directory";

	private final String name;
	private final Path directory;

	public ProfileEditorInput(String name, Path directory) {
		this.name = Objects.requireNonNull(name);
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** The profile of this name in the current home's profile store. */
	public static ProfileEditorInput of(String name) {
		return new ProfileEditorInput(name, KarmaServices.profiles().directory());
	}

	public String name() {
		return name;
	}

	public Path directory() {
		return directory;
	}

	/** The store holding the profile, validating against the running connectors. */
	public ProfileStore store() {
		return new ProfileStore(directory, KarmaServices.connectors());
	}

	@Override
	public boolean exists() {
		return store().fileOf(name).toFile().isFile();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return "Sync profile " + name + " (" + directory.resolve(name + ".karma") + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_NAME, name);
		memento.putString(KEY_DIRECTORY, directory.toString());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ProfileEditorInput other && other.name.equals(name) && other.directory.equals(directory);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, directory);
	}

	@Override
	public String toString() {
		return getToolTipText();
	}

	/** Recreates an input from what {@link #saveState(IMemento)} wrote; null if the profile is gone. */
	public static final class Factory implements IElementFactory {
		@Override
		public IAdaptable createElement(IMemento memento) {
			String name = memento.getString(KEY_NAME);
			String directory = memento.getString(KEY_DIRECTORY);
			if (name == null || directory == null) {
				return null;
			}
			try {
				ProfileEditorInput input = new ProfileEditorInput(name, Path.of(directory));
				return input.exists() ? input : null;
			} catch (RuntimeException e) {
				return null;
			}
		}
	}
}
