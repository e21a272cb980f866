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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.INTEGRITY__VERIFY_AFTER_COPY:
				return isVerifyAfterCopy();
			case ProfilePackage.INTEGRITY__HASH_ALGORITHM:
				return getHashAlgorithm();
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
		result.append(')');
		return result.toString();
	}

} //IntegrityImpl
