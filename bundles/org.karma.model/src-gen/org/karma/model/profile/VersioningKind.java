/**
 */
package org.karma.model.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Versioning Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Versioning schemes.
 * <!-- end-model-doc -->
 * @see org.karma.model.profile.ProfilePackage#getVersioningKind()
 * @model
 * @generated
 */
public enum VersioningKind implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No versions are kept: overwritten and deleted files are gone. Not recommended.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>KEEP LAST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep the last N versions of each file.
	 * <!-- end-model-doc -->
	 * @see #KEEP_LAST_VALUE
	 * @generated
	 * @ordered
	 */
	KEEP_LAST(1, "KEEP_LAST", "KEEP_LAST"),

	/**
	 * The '<em><b>BY AGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep versions for a number of days.
	 * <!-- end-model-doc -->
	 * @see #BY_AGE_VALUE
	 * @generated
	 * @ordered
	 */
	BY_AGE(2, "BY_AGE", "BY_AGE"),

	/**
	 * The '<em><b>STAGGERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep versions ever more sparsely with age: all from the last hour, one per hour for a day, one per day for a month, one per week after (like Syncthing's staggered versioning).
	 * <!-- end-model-doc -->
	 * @see #STAGGERED_VALUE
	 * @generated
	 * @ordered
	 */
	STAGGERED(3, "STAGGERED", "STAGGERED");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No versions are kept: overwritten and deleted files are gone. Not recommended.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>KEEP LAST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep the last N versions of each file.
	 * <!-- end-model-doc -->
	 * @see #KEEP_LAST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEEP_LAST_VALUE = 1;

	/**
	 * The '<em><b>BY AGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep versions for a number of days.
	 * <!-- end-model-doc -->
	 * @see #BY_AGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BY_AGE_VALUE = 2;

	/**
	 * The '<em><b>STAGGERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keep versions ever more sparsely with age: all from the last hour, one per hour for a day, one per day for a month, one per week after (like Syncthing's staggered versioning).
	 * <!-- end-model-doc -->
	 * @see #STAGGERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAGGERED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Versioning Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VersioningKind[] VALUES_ARRAY =
		new VersioningKind[] {
			NONE,
			KEEP_LAST,
			BY_AGE,
			STAGGERED,
		};

	/**
	 * A public read-only list of all the '<em><b>Versioning Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VersioningKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Versioning Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VersioningKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VersioningKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Versioning Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VersioningKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VersioningKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Versioning Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VersioningKind get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case KEEP_LAST_VALUE: return KEEP_LAST;
			case BY_AGE_VALUE: return BY_AGE;
			case STAGGERED_VALUE: return STAGGERED;
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
	private VersioningKind(int value, String name, String literal) {
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
	
} //VersioningKind
