/**
 */
package org.karma.model.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Comparison Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How two files are decided to be equal.
 * <!-- end-model-doc -->
 * @see org.karma.model.profile.ProfilePackage#getComparisonMethod()
 * @model
 * @generated
 */
public enum ComparisonMethod implements Enumerator {
	/**
	 * The '<em><b>TIME AND SIZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when size and modification time (within the tolerance) are equal. Fast; the default.
	 * <!-- end-model-doc -->
	 * @see #TIME_AND_SIZE_VALUE
	 * @generated
	 * @ordered
	 */
	TIME_AND_SIZE(0, "TIME_AND_SIZE", "TIME_AND_SIZE"),

	/**
	 * The '<em><b>CHECKSUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when the content hashes are equal (reads every file that differs in metadata, or uses server hashes).
	 * <!-- end-model-doc -->
	 * @see #CHECKSUM_VALUE
	 * @generated
	 * @ordered
	 */
	CHECKSUM(1, "CHECKSUM", "CHECKSUM"),

	/**
	 * The '<em><b>SIZE ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when sizes are equal (for endpoints without reliable times).
	 * <!-- end-model-doc -->
	 * @see #SIZE_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	SIZE_ONLY(2, "SIZE_ONLY", "SIZE_ONLY");

	/**
	 * The '<em><b>TIME AND SIZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when size and modification time (within the tolerance) are equal. Fast; the default.
	 * <!-- end-model-doc -->
	 * @see #TIME_AND_SIZE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIME_AND_SIZE_VALUE = 0;

	/**
	 * The '<em><b>CHECKSUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when the content hashes are equal (reads every file that differs in metadata, or uses server hashes).
	 * <!-- end-model-doc -->
	 * @see #CHECKSUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHECKSUM_VALUE = 1;

	/**
	 * The '<em><b>SIZE ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equal when sizes are equal (for endpoints without reliable times).
	 * <!-- end-model-doc -->
	 * @see #SIZE_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIZE_ONLY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Comparison Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComparisonMethod[] VALUES_ARRAY =
		new ComparisonMethod[] {
			TIME_AND_SIZE,
			CHECKSUM,
			SIZE_ONLY,
		};

	/**
	 * A public read-only list of all the '<em><b>Comparison Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComparisonMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Comparison Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComparisonMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComparisonMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Comparison Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComparisonMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComparisonMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Comparison Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComparisonMethod get(int value) {
		switch (value) {
			case TIME_AND_SIZE_VALUE: return TIME_AND_SIZE;
			case CHECKSUM_VALUE: return CHECKSUM;
			case SIZE_ONLY_VALUE: return SIZE_ONLY;
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
	private ComparisonMethod(int value, String name, String literal) {
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
	
} //ComparisonMethod
