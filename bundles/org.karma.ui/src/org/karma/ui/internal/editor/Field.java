package org.karma.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.karma.model.profile.SyncProfile;

/**
 * One form field bound to one feature of the profile (or of one of its parts). The widget never
 * writes the model itself: {@link ProfileFormPage} turns an edit into an EMF.Edit command; after
 * any command (or undo, redo) {@link #refresh} shows the model's value again.
 */
final class Field {

	/** How the text of a widget maps to a feature value. */
	enum Kind {
		/** Text; empty text is the empty string. */
		STRING,
		/** Text; empty text unsets the value (null). */
		OPTIONAL_STRING,
		/** A whole number. */
		INT,
		/** A whole number or empty (unset: no limit). */
		OPTIONAL_INT,
		/** A number of bytes or empty (unset: no limit). */
		OPTIONAL_LONG,
		/** A list of strings, one per line. */
		LINES,
		/** An enumeration, a read-only combo. */
		ENUM,
		/** A check box. */
		BOOLEAN,
		/** Shown, not edited. */
		READ_ONLY
	}

	/** The value a widget holds, or why its text is not a value. */
	record Parsed(Object value, String error) {
	}

	final String key;
	final String label;
	final Function<SyncProfile, EObject> owner;
	final EStructuralFeature feature;
	final Kind kind;
	Control control;
	/** The model value the widget showed or wrote last; the widget is reset only when the model moves away from it. */
	Object shown;
	/** Why the widget's text is not a value (null: it is one). */
	String parseError;

	Field(String key, String label, Function<SyncProfile, EObject> owner, EStructuralFeature feature, Kind kind) {
		this.key = key;
		this.label = label;
		this.owner = owner;
		this.feature = feature;
		this.kind = kind;
	}

	/** The model's value, null for an unset optional feature; lists as a copied List. */
	Object modelValue(SyncProfile profile) {
		EObject object = owner.apply(profile);
		if (object == null) {
			return null;
		}
		if (feature.isUnsettable() && !object.eIsSet(feature)) {
			return null;
		}
		Object value = object.eGet(feature);
		if (kind == Kind.LINES) {
			return new ArrayList<>((List<?>) value);
		}
		if (kind == Kind.OPTIONAL_STRING && "".equals(value)) {
			return null;
		}
		return value;
	}

	/** Reads the widget. */
	Parsed parse() {
		switch (kind) {
		case BOOLEAN:
			return new Parsed(((Button) control).getSelection(), null);
		case ENUM: {
			int index = ((Combo) control).getSelectionIndex();
			List<EEnumLiteral> literals = ((EEnum) feature.getEType()).getELiterals();
			return index < 0 ? new Parsed(null, "choose a value") : new Parsed(literals.get(index).getInstance(), null);
		}
		default:
			break;
		}
		String text = ((Text) control).getText();
		String trimmed = text.strip();
		try {
			return switch (kind) {
			case STRING, READ_ONLY -> new Parsed(text, null);
			case OPTIONAL_STRING -> new Parsed(trimmed.isEmpty() ? null : text, null);
			case INT -> trimmed.isEmpty() ? new Parsed(null, "a whole number is needed")
					: new Parsed(Integer.valueOf(trimmed), null);
			case OPTIONAL_INT -> new Parsed(trimmed.isEmpty() ? null : Integer.valueOf(trimmed), null);
			case OPTIONAL_LONG -> new Parsed(trimmed.isEmpty() ? null : Long.valueOf(trimmed), null);
			case LINES -> new Parsed(lines(text), null);
			default -> throw new IllegalStateException(kind.name());
			};
		} catch (NumberFormatException e) {
			return new Parsed(null, "'" + trimmed + "' is not a whole number"
					+ (kind == Kind.INT ? "" : " (leave it empty for no limit)"));
		}
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String s = line.strip();
			if (!s.isEmpty() && !lines.contains(s)) {
				lines.add(s);
			}
		}
		return lines;
	}

	/** Shows a model value in the widget. */
	void show(Object value) {
		shown = value;
		parseError = null;
		switch (kind) {
		case BOOLEAN -> ((Button) control).setSelection(Boolean.TRUE.equals(value));
		case ENUM -> {
			List<EEnumLiteral> literals = ((EEnum) feature.getEType()).getELiterals();
			int index = -1;
			for (int i = 0; i < literals.size(); i++) {
				if (Objects.equals(literals.get(i).getInstance(), value)) {
					index = i;
				}
			}
			((Combo) control).select(index);
		}
		case LINES -> setText(String.join("\n", value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList()));
		default -> setText(value == null ? "" : String.valueOf(value));
		}
	}

	private void setText(String text) {
		Text t = (Text) control;
		if (!t.getText().equals(text)) {
			t.setText(text);
		}
	}

	/** Items of an enum combo. */
	String[] items() {
		return ((EEnum) feature.getEType()).getELiterals().stream().map(l -> {
			Enumerator e = l.getInstance();
			return e.getLiteral();
		}).toArray(String[]::new);
	}

	/** SWT style of the widget. */
	int style() {
		return switch (kind) {
		case LINES -> SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
		case READ_ONLY -> SWT.SINGLE | SWT.BORDER | SWT.READ_ONLY;
		default -> SWT.SINGLE | SWT.BORDER;
		};
	}

	@Override
	public String toString() {
		return key + Arrays.asList(kind);
	}
}
