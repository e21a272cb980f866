/**
 */
package org.karma.model.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conflict Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What happens with conflicting changes. In every case the losing version is kept (renamed or versioned), never lost.
 * <!-- end-model-doc -->
 * @see org.karma.model.profile.ProfilePackage#getConflictPolicy()
 * @model
 * @generated
 */
public enum ConflictPolicy implements Enumerator {
	/**
	 * The '<em><b>KEEP BOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep both: the right version is renamed NAME.conflict-DATE-right.EXT beside the left one, and both sides get both.
	 * <!-- end-model-doc -->
	 * @see #KEEP_BOTH_VALUE
	 * @generated
	 * @ordered
	 */
	KEEP_BOTH(0, "KEEP_BOTH", "KEEP_BOTH"),

	/**
	 * The '<em><b>NEWER WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The more recently modified version wins; the other goes to versions.
	 * <!-- end-model-doc -->
	 * @see #NEWER_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	NEWER_WINS(1, "NEWER_WINS", "NEWER_WINS"),

	/**
	 * The '<em><b>LEFT WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The left version wins; the right one goes to versions.
	 * <!-- end-model-doc -->
	 * @see #LEFT_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	LEFT_WINS(2, "LEFT_WINS", "LEFT_WINS"),

	/**
	 * The '<em><b>RIGHT WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The right version wins; the left one goes to versions.
	 * <!-- end-model-doc -->
	 * @see #RIGHT_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	RIGHT_WINS(3, "RIGHT_WINS", "RIGHT_WINS"),

	/**
	 * The '<em><b>SKIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave both sides as they are and report the conflict (the run ends with exit code 3).
	 * <!-- end-model-doc -->
	 * @see #SKIP_VALUE
	 * @generated
	 * @ordered
	 */
	SKIP(4, "SKIP", "SKIP");

	/**
	 * The '<em><b>KEEP BOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep both: the right version is renamed NAME.conflict-DATE-right.EXT beside the left one, and both sides get both.
	 * <!-- end-model-doc -->
	 * @see #KEEP_BOTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEEP_BOTH_VALUE = 0;

	/**
	 * The '<em><b>NEWER WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The more recently modified version wins; the other goes to versions.
	 * <!-- end-model-doc -->
	 * @see #NEWER_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEWER_WINS_VALUE = 1;

	/**
	 * The '<em><b>LEFT WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The left version wins; the right one goes to versions.
	 * <!-- end-model-doc -->
	 * @see #LEFT_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEFT_WINS_VALUE = 2;

	/**
	 * The '<em><b>RIGHT WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The right version wins; the left one goes to versions.
	 * <!-- end-model-doc -->
	 * @see #RIGHT_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RIGHT_WINS_VALUE = 3;

	/**
	 * The '<em><b>SKIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave both sides as they are and report the conflict (the run ends with exit code 3).
	 * <!-- end-model-doc -->
	 * @see #SKIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKIP_VALUE = 4;

	/**
	 * An array of all the '<em><b>Conflict Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConflictPolicy[] VALUES_ARRAY =
		new ConflictPolicy[] {
			KEEP_BOTH,
			NEWER_WINS,
			LEFT_WINS,
			RIGHT_WINS,
			SKIP,
		};

	/**
	 * A public read-only list of all the '<em><b>Conflict Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConflictPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy get(int value) {
		switch (value) {
			case KEEP_BOTH_VALUE: return KEEP_BOTH;
			case NEWER_WINS_VALUE: return NEWER_WINS;
			case LEFT_WINS_VALUE: return LEFT_WINS;
			case RIGHT_WINS_VALUE: return RIGHT_WINS;
			case SKIP_VALUE: return SKIP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConflictPolicy(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConflictPolicy
