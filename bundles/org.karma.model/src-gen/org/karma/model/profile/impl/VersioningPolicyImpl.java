/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.VersioningKind;
import org.karma.model.profile.VersioningPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Versioning Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.VersioningPolicyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.VersioningPolicyImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.VersioningPolicyImpl#getMaxAgeDays <em>Max Age Days</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.VersioningPolicyImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.VersioningPolicyImpl#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VersioningPolicyImpl extends MinimalEObjectImpl.Container implements VersioningPolicy {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final VersioningKind KIND_EDEFAULT = VersioningKind.KEEP_LAST;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected VersioningKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAgeDays() <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAgeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_AGE_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getMaxAgeDays() <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAgeDays()
	 * @generated
	 * @ordered
	 */
	protected int maxAgeDays = MAX_AGE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTotalSizeBytes() <em>Max Total Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTotalSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_TOTAL_SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxTotalSizeBytes() <em>Max Total Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTotalSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long maxTotalSizeBytes = MAX_TOTAL_SIZE_BYTES_EDEFAULT;

	/**
	 * This is true if the Max Total Size Bytes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxTotalSizeBytesESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VersioningPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.VERSIONING_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VersioningKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(VersioningKind newKind) {
		VersioningKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.VERSIONING_POLICY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.VERSIONING_POLICY__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAgeDays() {
		return maxAgeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAgeDays(int newMaxAgeDays) {
		int oldMaxAgeDays = maxAgeDays;
		maxAgeDays = newMaxAgeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.VERSIONING_POLICY__MAX_AGE_DAYS, oldMaxAgeDays, maxAgeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.VERSIONING_POLICY__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxTotalSizeBytes() {
		return maxTotalSizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTotalSizeBytes(long newMaxTotalSizeBytes) {
		long oldMaxTotalSizeBytes = maxTotalSizeBytes;
		maxTotalSizeBytes = newMaxTotalSizeBytes;
		boolean oldMaxTotalSizeBytesESet = maxTotalSizeBytesESet;
		maxTotalSizeBytesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES, oldMaxTotalSizeBytes, maxTotalSizeBytes, !oldMaxTotalSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxTotalSizeBytes() {
		long oldMaxTotalSizeBytes = maxTotalSizeBytes;
		boolean oldMaxTotalSizeBytesESet = maxTotalSizeBytesESet;
		maxTotalSizeBytes = MAX_TOTAL_SIZE_BYTES_EDEFAULT;
		maxTotalSizeBytesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES, oldMaxTotalSizeBytes, MAX_TOTAL_SIZE_BYTES_EDEFAULT, oldMaxTotalSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxTotalSizeBytes() {
		return maxTotalSizeBytesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.VERSIONING_POLICY__KIND:
				return getKind();
			case ProfilePackage.VERSIONING_POLICY__COUNT:
				return getCount();
			case ProfilePackage.VERSIONING_POLICY__MAX_AGE_DAYS:
				return getMaxAgeDays();
			case ProfilePackage.VERSIONING_POLICY__LOCATION:
				return getLocation();
			case ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES:
				return getMaxTotalSizeBytes();
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
			case ProfilePackage.VERSIONING_POLICY__KIND:
				setKind((VersioningKind)newValue);
				return;
			case ProfilePackage.VERSIONING_POLICY__COUNT:
				setCount((Integer)newValue);
				return;
			case ProfilePackage.VERSIONING_POLICY__MAX_AGE_DAYS:
				setMaxAgeDays((Integer)newValue);
				return;
			case ProfilePackage.VERSIONING_POLICY__LOCATION:
				setLocation((String)newValue);
				return;
			case ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES:
				setMaxTotalSizeBytes((Long)newValue);
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
			case ProfilePackage.VERSIONING_POLICY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProfilePackage.VERSIONING_POLICY__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ProfilePackage.VERSIONING_POLICY__MAX_AGE_DAYS:
				setMaxAgeDays(MAX_AGE_DAYS_EDEFAULT);
				return;
			case ProfilePackage.VERSIONING_POLICY__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES:
				unsetMaxTotalSizeBytes();
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
			case ProfilePackage.VERSIONING_POLICY__KIND:
				return kind != KIND_EDEFAULT;
			case ProfilePackage.VERSIONING_POLICY__COUNT:
				return count != COUNT_EDEFAULT;
			case ProfilePackage.VERSIONING_POLICY__MAX_AGE_DAYS:
				return maxAgeDays != MAX_AGE_DAYS_EDEFAULT;
			case ProfilePackage.VERSIONING_POLICY__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ProfilePackage.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES:
				return isSetMaxTotalSizeBytes();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", count: ");
		result.append(count);
		result.append(", maxAgeDays: ");
		result.append(maxAgeDays);
		result.append(", location: ");
		result.append(location);
		result.append(", maxTotalSizeBytes: ");
		if (maxTotalSizeBytesESet) result.append(maxTotalSizeBytes); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //VersioningPolicyImpl
