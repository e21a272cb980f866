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
 *   <li>{@link org.karma.model.profile.Integrity#isManifestAfterSync <em>Manifest After Sync</em>}</li>
 *   <li>{@link org.karma.model.profile.Integrity#getScrubIntervalDays <em>Scrub Interval Days</em>}</li>
 *   <li>{@link org.karma.model.profile.Integrity#getManifestsToKeep <em>Manifests To Keep</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Manifest After Sync</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After each successful sync (not a dry run), write a signed integrity manifest of the right side (the target of mirror and update; for two-way the right side, equal to the left after a clean run) to the profile's manifest folder, so later scrubs and 'karma check verify' can detect bitrot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manifest After Sync</em>' attribute.
	 * @see #setManifestAfterSync(boolean)
	 * @see org.karma.model.profile.ProfilePackage#getIntegrity_ManifestAfterSync()
	 * @model default="false"
	 * @generated
	 */
	boolean isManifestAfterSync();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Integrity#isManifestAfterSync <em>Manifest After Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifest After Sync</em>' attribute.
	 * @see #isManifestAfterSync()
	 * @generated
	 */
	void setManifestAfterSync(boolean value);

	/**
	 * Returns the value of the '<em><b>Scrub Interval Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Re-verify the profile's latest manifest against the right side every this many days (0 = never; up to 3650). Runs through the scheduler like scheduled syncs; a scrub reads every file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scrub Interval Days</em>' attribute.
	 * @see #setScrubIntervalDays(int)
	 * @see org.karma.model.profile.ProfilePackage#getIntegrity_ScrubIntervalDays()
	 * @model default="0"
	 * @generated
	 */
	int getScrubIntervalDays();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Integrity#getScrubIntervalDays <em>Scrub Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scrub Interval Days</em>' attribute.
	 * @see #getScrubIntervalDays()
	 * @generated
	 */
	void setScrubIntervalDays(int value);

	/**
	 * Returns the value of the '<em><b>Manifests To Keep</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the profile's manifests are kept; older ones are deleted after a new one is written (1 to 1000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manifests To Keep</em>' attribute.
	 * @see #setManifestsToKeep(int)
	 * @see org.karma.model.profile.ProfilePackage#getIntegrity_ManifestsToKeep()
	 * @model default="10"
	 * @generated
	 */
	int getManifestsToKeep();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Integrity#getManifestsToKeep <em>Manifests To Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifests To Keep</em>' attribute.
	 * @see #getManifestsToKeep()
	 * @generated
	 */
	void setManifestsToKeep(int value);

} // Integrity
