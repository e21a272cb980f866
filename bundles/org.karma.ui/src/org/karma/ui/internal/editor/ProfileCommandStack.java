package org.karma.ui.internal.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The editor's command stack. Typing in a text field would put one command per key on the stack;
 * {@link #replaceTop} lets the next keystroke of the same field replace the field's last command
 * (undo it, execute the new one) so that Undo takes back a whole edit of a field, unless that
 * command was saved.
 */
final class ProfileCommandStack extends BasicCommandStack {

	/** Whether the most recent command can still be replaced: it is on top and not the save point. */
	boolean topReplaceable() {
		return top >= 0 && top == commandList.size() - 1 && top != saveIndex;
	}

	/** Undoes the most recent command and executes {@code command} in its place, without notifying in between. */
	void replaceTop(Command command) {
		Command old = commandList.remove(top);
		old.undo();
		old.dispose();
		top--;
		if (command.canExecute()) {
			execute(command);
		} else {
			// the field is back at the value before its last command: nothing to do, but the form must know
			command.dispose();
			mostRecentCommand = null;
			notifyListeners();
		}
	}

	/** Undoes the most recent command and forgets it (the field is back where it was before it). */
	void dropTop() {
		Command old = commandList.remove(top);
		old.undo();
		old.dispose();
		top--;
		mostRecentCommand = null;
		notifyListeners();
	}
}
