/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How two files are decided to be equal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.Comparison#getMethod <em>Method</em>}</li>
 *   <li>{@link org.karma.model.profile.Comparison#getMtimeToleranceSeconds <em>Mtime Tolerance Seconds</em>}</li>
 *   <li>{@link org.karma.model.profile.Comparison#getChecksumAlgorithm <em>Checksum Algorithm</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getComparison()
 * @model
 * @generated
 */
public interface Comparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"TIME_AND_SIZE"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.ComparisonMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comparison method.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.karma.model.profile.ComparisonMethod
	 * @see #setMethod(ComparisonMethod)
	 * @see org.karma.model.profile.ProfilePackage#getComparison_Method()
	 * @model default="TIME_AND_SIZE"
	 * @generated
	 */
	ComparisonMethod getMethod();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Comparison#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.karma.model.profile.ComparisonMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ComparisonMethod value);

	/**
	 * Returns the value of the '<em><b>Mtime Tolerance Seconds</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TIME_AND_SIZE: modification times closer than this many seconds count as equal (FAT and some servers store 2-second times). 0 to 3600.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mtime Tolerance Seconds</em>' attribute.
	 * @see #setMtimeToleranceSeconds(int)
	 * @see org.karma.model.profile.ProfilePackage#getComparison_MtimeToleranceSeconds()
	 * @model default="2"
	 * @generated
	 */
	int getMtimeToleranceSeconds();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Comparison#getMtimeToleranceSeconds <em>Mtime Tolerance Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtime Tolerance Seconds</em>' attribute.
	 * @see #getMtimeToleranceSeconds()
	 * @generated
	 */
	void setMtimeToleranceSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Checksum Algorithm</b></em>' attribute.
	 * The default value is <code>"SHA-256"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.HashAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CHECKSUM: the hash compared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checksum Algorithm</em>' attribute.
	 * @see org.karma.model.profile.HashAlgorithm
	 * @see #setChecksumAlgorithm(HashAlgorithm)
	 * @see org.karma.model.profile.ProfilePackage#getComparison_ChecksumAlgorithm()
	 * @model default="SHA-256"
	 * @generated
	 */
	HashAlgorithm getChecksumAlgorithm();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Comparison#getChecksumAlgorithm <em>Checksum Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checksum Algorithm</em>' attribute.
	 * @see org.karma.model.profile.HashAlgorithm
	 * @see #getChecksumAlgorithm()
	 * @generated
	 */
	void setChecksumAlgorithm(HashAlgorithm value);

} // Comparison
