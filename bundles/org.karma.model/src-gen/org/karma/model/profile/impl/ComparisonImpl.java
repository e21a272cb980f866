/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.karma.model.profile.Comparison;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.ProfilePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Comparison</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.ComparisonImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ComparisonImpl#getMtimeToleranceSeconds <em>Mtime Tolerance Seconds</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.ComparisonImpl#getChecksumAlgorithm <em>Checksum Algorithm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComparisonImpl extends MinimalEObjectImpl.Container implements Comparison {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final ComparisonMethod METHOD_EDEFAULT = ComparisonMethod.TIME_AND_SIZE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected ComparisonMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtimeToleranceSeconds() <em>Mtime Tolerance Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtimeToleranceSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int MTIME_TOLERANCE_SECONDS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getMtimeToleranceSeconds() <em>Mtime Tolerance Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtimeToleranceSeconds()
	 * @generated
	 * @ordered
	 */
	protected int mtimeToleranceSeconds = MTIME_TOLERANCE_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecksumAlgorithm() <em>Checksum Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksumAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final HashAlgorithm CHECKSUM_ALGORITHM_EDEFAULT = HashAlgorithm.SHA256;

	/**
	 * The cached value of the '{@link #getChecksumAlgorithm() <em>Checksum Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecksumAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected HashAlgorithm checksumAlgorithm = CHECKSUM_ALGORITHM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ComparisonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.COMPARISON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(ComparisonMethod newMethod) {
		ComparisonMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.COMPARISON__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtimeToleranceSeconds() {
		return mtimeToleranceSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtimeToleranceSeconds(int newMtimeToleranceSeconds) {
		int oldMtimeToleranceSeconds = mtimeToleranceSeconds;
		mtimeToleranceSeconds = newMtimeToleranceSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.COMPARISON__MTIME_TOLERANCE_SECONDS, oldMtimeToleranceSeconds, mtimeToleranceSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HashAlgorithm getChecksumAlgorithm() {
		return checksumAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecksumAlgorithm(HashAlgorithm newChecksumAlgorithm) {
		HashAlgorithm oldChecksumAlgorithm = checksumAlgorithm;
		checksumAlgorithm = newChecksumAlgorithm == null ? CHECKSUM_ALGORITHM_EDEFAULT : newChecksumAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.COMPARISON__CHECKSUM_ALGORITHM, oldChecksumAlgorithm, checksumAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.COMPARISON__METHOD:
				return getMethod();
			case ProfilePackage.COMPARISON__MTIME_TOLERANCE_SECONDS:
				return getMtimeToleranceSeconds();
			case ProfilePackage.COMPARISON__CHECKSUM_ALGORITHM:
				return getChecksumAlgorithm();
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
			case ProfilePackage.COMPARISON__METHOD:
				setMethod((ComparisonMethod)newValue);
				return;
			case ProfilePackage.COMPARISON__MTIME_TOLERANCE_SECONDS:
				setMtimeToleranceSeconds((Integer)newValue);
				return;
			case ProfilePackage.COMPARISON__CHECKSUM_ALGORITHM:
				setChecksumAlgorithm((HashAlgorithm)newValue);
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
			case ProfilePackage.COMPARISON__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ProfilePackage.COMPARISON__MTIME_TOLERANCE_SECONDS:
				setMtimeToleranceSeconds(MTIME_TOLERANCE_SECONDS_EDEFAULT);
				return;
			case ProfilePackage.COMPARISON__CHECKSUM_ALGORITHM:
				setChecksumAlgorithm(CHECKSUM_ALGORITHM_EDEFAULT);
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
			case ProfilePackage.COMPARISON__METHOD:
				return method != METHOD_EDEFAULT;
			case ProfilePackage.COMPARISON__MTIME_TOLERANCE_SECONDS:
				return mtimeToleranceSeconds != MTIME_TOLERANCE_SECONDS_EDEFAULT;
			case ProfilePackage.COMPARISON__CHECKSUM_ALGORITHM:
				return checksumAlgorithm != CHECKSUM_ALGORITHM_EDEFAULT;
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
		result.append(" (method: ");
		result.append(method);
		result.append(", mtimeToleranceSeconds: ");
		result.append(mtimeToleranceSeconds);
		result.append(", checksumAlgorithm: ");
		result.append(checksumAlgorithm);
		result.append(')');
		return result.toString();
	}

} //ComparisonImpl
