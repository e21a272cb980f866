/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integrity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Verification of copied data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.Integrity#isVerifyAfterCopy <em>Verify After Copy</em>}</li>
 *   <li>{@link org.karma.model.profile.Integrity#getHashAlgorithm <em>Hash Algorithm</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getIntegrity()
 * @model
 * @generated
 */
public interface Integrity extends EObject {
	/**
	 * Returns the value of the '<em><b>Verify After Copy</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Re-read and hash every copied file and compare with the source before it replaces the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verify After Copy</em>' attribute.
	 * @see #setVerifyAfterCopy(boolean)
	 * @see org.karma.model.profile.ProfilePackage#getIntegrity_VerifyAfterCopy()
	 * @model default="true"
	 * @generated
	 */
	boolean isVerifyAfterCopy();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Integrity#isVerifyAfterCopy <em>Verify After Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verify After Copy</em>' attribute.
	 * @see #isVerifyAfterCopy()
	 * @generated
	 */
	void setVerifyAfterCopy(boolean value);

	/**
	 * Returns the value of the '<em><b>Hash Algorithm</b></em>' attribute.
	 * The default value is <code>"SHA-256"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.HashAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash used for verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hash Algorithm</em>' attribute.
	 * @see org.karma.model.profile.HashAlgorithm
	 * @see #setHashAlgorithm(HashAlgorithm)
	 * @see org.karma.model.profile.ProfilePackage#getIntegrity_HashAlgorithm()
	 * @model default="SHA-256"
	 * @generated
	 */
	HashAlgorithm getHashAlgorithm();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Integrity#getHashAlgorithm <em>Hash Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hash Algorithm</em>' attribute.
	 * @see org.karma.model.profile.HashAlgorithm
	 * @see #getHashAlgorithm()
	 * @generated
	 */
	void setHashAlgorithm(HashAlgorithm value);

} // Integrity
