/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.Integrity;
import org.karma.model.profile.ProfilePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Integrity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.IntegrityImpl#isVerifyAfterCopy <em>Verify After Copy</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.IntegrityImpl#getHashAlgorithm <em>Hash Algorithm</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.IntegrityImpl#isManifestAfterSync <em>Manifest After Sync</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.IntegrityImpl#getScrubIntervalDays <em>Scrub Interval Days</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.IntegrityImpl#getManifestsToKeep <em>Manifests To Keep</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntegrityImpl extends MinimalEObjectImpl.Container implements Integrity {
	/**
	 * The default value of the '{@link #isVerifyAfterCopy() <em>Verify After Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVerifyAfterCopy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VERIFY_AFTER_COPY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVerifyAfterCopy() <em>Verify After Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVerifyAfterCopy()
	 * @generated
	 * @ordered
	 */
	protected boolean verifyAfterCopy = VERIFY_AFTER_COPY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHashAlgorithm() <em>Hash Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHashAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final HashAlgorithm HASH_ALGORITHM_EDEFAULT = HashAlgorithm.SHA256;

	/**
	 * The cached value of the '{@link #getHashAlgorithm() <em>Hash Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHashAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected HashAlgorithm hashAlgorithm = HASH_ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #isManifestAfterSync() <em>Manifest After Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManifestAfterSync()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANIFEST_AFTER_SYNC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isManifestAfterSync() <em>Manifest After Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManifestAfterSync()
	 * @generated
	 * @ordered
	 */
	protected boolean manifestAfterSync = MANIFEST_AFTER_SYNC_EDEFAULT;

	/**
	 * The default value of the '{@link #getScrubIntervalDays() <em>Scrub Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScrubIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SCRUB_INTERVAL_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScrubIntervalDays() <em>Scrub Interval Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScrubIntervalDays()
	 * @generated
	 * @ordered
	 */
	protected int scrubIntervalDays = SCRUB_INTERVAL_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getManifestsToKeep() <em>Manifests To Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestsToKeep()
	 * @generated
	 * @ordered
	 */
	protected static final int MANIFESTS_TO_KEEP_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getManifestsToKeep() <em>Manifests To Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestsToKeep()
	 * @generated
	 * @ordered
	 */
	protected int manifestsToKeep = MANIFESTS_TO_KEEP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntegrityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.INTEGRITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVerifyAfterCopy() {
		return verifyAfterCopy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifyAfterCopy(boolean newVerifyAfterCopy) {
		boolean oldVerifyAfterCopy = verifyAfterCopy;
		verifyAfterCopy = newVerifyAfterCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY, oldVerifyAfterCopy, verifyAfterCopy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HashAlgorithm getHashAlgorithm() {
		return hashAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHashAlgorithm(HashAlgorithm newHashAlgorithm) {
		HashAlgorithm oldHashAlgorithm = hashAlgorithm;
		hashAlgorithm = newHashAlgorithm == null ? HASH_ALGORITHM_EDEFAULT : newHashAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.INTEGRITY__HASH_ALGORITHM, oldHashAlgorithm, hashAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManifestAfterSync() {
		return manifestAfterSync;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifestAfterSync(boolean newManifestAfterSync) {
		boolean oldManifestAfterSync = manifestAfterSync;
		manifestAfterSync = newManifestAfterSync;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.INTEGRITY__MANIFEST_AFTER_SYNC, oldManifestAfterSync, manifestAfterSync));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScrubIntervalDays() {
		return scrubIntervalDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScrubIntervalDays(int newScrubIntervalDays) {
		int oldScrubIntervalDays = scrubIntervalDays;
		scrubIntervalDays = newScrubIntervalDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.INTEGRITY__SCRUB_INTERVAL_DAYS, oldScrubIntervalDays, scrubIntervalDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getManifestsToKeep() {
		return manifestsToKeep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifestsToKeep(int newManifestsToKeep) {
		int oldManifestsToKeep = manifestsToKeep;
		manifestsToKeep = newManifestsToKeep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.INTEGRITY__MANIFESTS_TO_KEEP, oldManifestsToKeep, manifestsToKeep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY:
				return isVerifyAfterCopy();
			case ProfilePackage.INTEGRITY__HASH_ALGORITHM:
				return getHashAlgorithm();
			case ProfilePackage.INTEGRITY__MANIFEST_AFTER_SYNC:
				return isManifestAfterSync();
			case ProfilePackage.INTEGRITY__SCRUB_INTERVAL_DAYS:
				return getScrubIntervalDays();
			case ProfilePackage.INTEGRITY__MANIFESTS_TO_KEEP:
				return getManifestsToKeep();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY:
				setVerifyAfterCopy((Boolean)newValue);
				return;
			case ProfilePackage.INTEGRITY__HASH_ALGORITHM:
				setHashAlgorithm((HashAlgorithm)newValue);
				return;
			case ProfilePackage.INTEGRITY__MANIFEST_AFTER_SYNC:
				setManifestAfterSync((Boolean)newValue);
				return;
			case ProfilePackage.INTEGRITY__SCRUB_INTERVAL_DAYS:
				setScrubIntervalDays((Integer)newValue);
				return;
			case ProfilePackage.INTEGRITY__MANIFESTS_TO_KEEP:
				setManifestsToKeep((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY:
				setVerifyAfterCopy(VERIFY_AFTER_COPY_EDEFAULT);
				return;
			case ProfilePackage.INTEGRITY__HASH_ALGORITHM:
				setHashAlgorithm(HASH_ALGORITHM_EDEFAULT);
				return;
			case ProfilePackage.INTEGRITY__MANIFEST_AFTER_SYNC:
				setManifestAfterSync(MANIFEST_AFTER_SYNC_EDEFAULT);
				return;
			case ProfilePackage.INTEGRITY__SCRUB_INTERVAL_DAYS:
				setScrubIntervalDays(SCRUB_INTERVAL_DAYS_EDEFAULT);
				return;
			case ProfilePackage.INTEGRITY__MANIFESTS_TO_KEEP:
				setManifestsToKeep(MANIFESTS_TO_KEEP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY:
				return verifyAfterCopy != VERIFY_AFTER_COPY_EDEFAULT;
			case ProfilePackage.INTEGRITY__HASH_ALGORITHM:
				return hashAlgorithm != HASH_ALGORITHM_EDEFAULT;
			case ProfilePackage.INTEGRITY__MANIFEST_AFTER_SYNC:
				return manifestAfterSync != MANIFEST_AFTER_SYNC_EDEFAULT;
			case ProfilePackage.INTEGRITY__SCRUB_INTERVAL_DAYS:
				return scrubIntervalDays != SCRUB_INTERVAL_DAYS_EDEFAULT;
			case ProfilePackage.INTEGRITY__MANIFESTS_TO_KEEP:
				return manifestsToKeep != MANIFESTS_TO_KEEP_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (verifyAfterCopy: ");
		result.append(verifyAfterCopy);
		result.append(", hashAlgorithm: ");
		result.append(hashAlgorithm);
		result.append(", manifestAfterSync: ");
		result.append(manifestAfterSync);
		result.append(", scrubIntervalDays: ");
		result.append(scrubIntervalDays);
		result.append(", manifestsToKeep: ");
		result.append(manifestsToKeep);
		result.append(')');
		return result.toString();
	}

} //IntegrityImpl
