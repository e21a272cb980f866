/**
 */
package org.karma.model.profile.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.karma.model.profile.Filter;
import org.karma.model.profile.ProfilePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getIncludes <em>Includes</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getExcludes <em>Excludes</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#isExcludeHidden <em>Exclude Hidden</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getFileBlacklist <em>File Blacklist</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getDirectoryBlacklist <em>Directory Blacklist</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getMinSizeBytes <em>Min Size Bytes</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getMaxSizeBytes <em>Max Size Bytes</em>}</li>
 *   <li>{@link org.karma.model.profile.impl.FilterImpl#getMaxAgeDays <em>Max Age Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilterImpl extends MinimalEObjectImpl.Container implements Filter {
	/**
	 * The cached value of the '{@link #getIncludes() <em>Includes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> includes;

	/**
	 * The cached value of the '{@link #getExcludes() <em>Excludes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludes;

	/**
	 * The default value of the '{@link #isExcludeHidden() <em>Exclude Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeHidden() <em>Exclude Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeHidden = EXCLUDE_HIDDEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFileBlacklist() <em>File Blacklist</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileBlacklist()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fileBlacklist;

	/**
	 * The cached value of the '{@link #getDirectoryBlacklist() <em>Directory Blacklist</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectoryBlacklist()
	 * @generated
	 * @ordered
	 */
	protected EList<String> directoryBlacklist;

	/**
	 * The default value of the '{@link #getMinSizeBytes() <em>Min Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MIN_SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinSizeBytes() <em>Min Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long minSizeBytes = MIN_SIZE_BYTES_EDEFAULT;

	/**
	 * This is true if the Min Size Bytes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean minSizeBytesESet;

	/**
	 * The default value of the '{@link #getMaxSizeBytes() <em>Max Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxSizeBytes() <em>Max Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long maxSizeBytes = MAX_SIZE_BYTES_EDEFAULT;

	/**
	 * This is true if the Max Size Bytes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxSizeBytesESet;

	/**
	 * The default value of the '{@link #getMaxAgeDays() <em>Max Age Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAgeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_AGE_DAYS_EDEFAULT = 0;

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
	 * This is true if the Max Age Days attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxAgeDaysESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProfilePackage.Literals.FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIncludes() {
		if (includes == null) {
			includes = new EDataTypeUniqueEList<String>(String.class, this, ProfilePackage.FILTER__INCLUDES);
		}
		return includes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludes() {
		if (excludes == null) {
			excludes = new EDataTypeUniqueEList<String>(String.class, this, ProfilePackage.FILTER__EXCLUDES);
		}
		return excludes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeHidden() {
		return excludeHidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeHidden(boolean newExcludeHidden) {
		boolean oldExcludeHidden = excludeHidden;
		excludeHidden = newExcludeHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.FILTER__EXCLUDE_HIDDEN, oldExcludeHidden, excludeHidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFileBlacklist() {
		if (fileBlacklist == null) {
			fileBlacklist = new EDataTypeUniqueEList<String>(String.class, this, ProfilePackage.FILTER__FILE_BLACKLIST);
		}
		return fileBlacklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDirectoryBlacklist() {
		if (directoryBlacklist == null) {
			directoryBlacklist = new EDataTypeUniqueEList<String>(String.class, this, ProfilePackage.FILTER__DIRECTORY_BLACKLIST);
		}
		return directoryBlacklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinSizeBytes() {
		return minSizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSizeBytes(long newMinSizeBytes) {
		long oldMinSizeBytes = minSizeBytes;
		minSizeBytes = newMinSizeBytes;
		boolean oldMinSizeBytesESet = minSizeBytesESet;
		minSizeBytesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.FILTER__MIN_SIZE_BYTES, oldMinSizeBytes, minSizeBytes, !oldMinSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMinSizeBytes() {
		long oldMinSizeBytes = minSizeBytes;
		boolean oldMinSizeBytesESet = minSizeBytesESet;
		minSizeBytes = MIN_SIZE_BYTES_EDEFAULT;
		minSizeBytesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfilePackage.FILTER__MIN_SIZE_BYTES, oldMinSizeBytes, MIN_SIZE_BYTES_EDEFAULT, oldMinSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMinSizeBytes() {
		return minSizeBytesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxSizeBytes() {
		return maxSizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSizeBytes(long newMaxSizeBytes) {
		long oldMaxSizeBytes = maxSizeBytes;
		maxSizeBytes = newMaxSizeBytes;
		boolean oldMaxSizeBytesESet = maxSizeBytesESet;
		maxSizeBytesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.FILTER__MAX_SIZE_BYTES, oldMaxSizeBytes, maxSizeBytes, !oldMaxSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxSizeBytes() {
		long oldMaxSizeBytes = maxSizeBytes;
		boolean oldMaxSizeBytesESet = maxSizeBytesESet;
		maxSizeBytes = MAX_SIZE_BYTES_EDEFAULT;
		maxSizeBytesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfilePackage.FILTER__MAX_SIZE_BYTES, oldMaxSizeBytes, MAX_SIZE_BYTES_EDEFAULT, oldMaxSizeBytesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxSizeBytes() {
		return maxSizeBytesESet;
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
		boolean oldMaxAgeDaysESet = maxAgeDaysESet;
		maxAgeDaysESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProfilePackage.FILTER__MAX_AGE_DAYS, oldMaxAgeDays, maxAgeDays, !oldMaxAgeDaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxAgeDays() {
		int oldMaxAgeDays = maxAgeDays;
		boolean oldMaxAgeDaysESet = maxAgeDaysESet;
		maxAgeDays = MAX_AGE_DAYS_EDEFAULT;
		maxAgeDaysESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ProfilePackage.FILTER__MAX_AGE_DAYS, oldMaxAgeDays, MAX_AGE_DAYS_EDEFAULT, oldMaxAgeDaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxAgeDays() {
		return maxAgeDaysESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProfilePackage.FILTER__INCLUDES:
				return getIncludes();
			case ProfilePackage.FILTER__EXCLUDES:
				return getExcludes();
			case ProfilePackage.FILTER__EXCLUDE_HIDDEN:
				return isExcludeHidden();
			case ProfilePackage.FILTER__FILE_BLACKLIST:
				return getFileBlacklist();
			case ProfilePackage.FILTER__DIRECTORY_BLACKLIST:
				return getDirectoryBlacklist();
			case ProfilePackage.FILTER__MIN_SIZE_BYTES:
				return getMinSizeBytes();
			case ProfilePackage.FILTER__MAX_SIZE_BYTES:
				return getMaxSizeBytes();
			case ProfilePackage.FILTER__MAX_AGE_DAYS:
				return getMaxAgeDays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProfilePackage.FILTER__INCLUDES:
				getIncludes().clear();
				getIncludes().addAll((Collection<? extends String>)newValue);
				return;
			case ProfilePackage.FILTER__EXCLUDES:
				getExcludes().clear();
				getExcludes().addAll((Collection<? extends String>)newValue);
				return;
			case ProfilePackage.FILTER__EXCLUDE_HIDDEN:
				setExcludeHidden((Boolean)newValue);
				return;
			case ProfilePackage.FILTER__FILE_BLACKLIST:
				getFileBlacklist().clear();
				getFileBlacklist().addAll((Collection<? extends String>)newValue);
				return;
			case ProfilePackage.FILTER__DIRECTORY_BLACKLIST:
				getDirectoryBlacklist().clear();
				getDirectoryBlacklist().addAll((Collection<? extends String>)newValue);
				return;
			case ProfilePackage.FILTER__MIN_SIZE_BYTES:
				setMinSizeBytes((Long)newValue);
				return;
			case ProfilePackage.FILTER__MAX_SIZE_BYTES:
				setMaxSizeBytes((Long)newValue);
				return;
			case ProfilePackage.FILTER__MAX_AGE_DAYS:
				setMaxAgeDays((Integer)newValue);
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
			case ProfilePackage.FILTER__INCLUDES:
				getIncludes().clear();
				return;
			case ProfilePackage.FILTER__EXCLUDES:
				getExcludes().clear();
				return;
			case ProfilePackage.FILTER__EXCLUDE_HIDDEN:
				setExcludeHidden(EXCLUDE_HIDDEN_EDEFAULT);
				return;
			case ProfilePackage.FILTER__FILE_BLACKLIST:
				getFileBlacklist().clear();
				return;
			case ProfilePackage.FILTER__DIRECTORY_BLACKLIST:
				getDirectoryBlacklist().clear();
				return;
			case ProfilePackage.FILTER__MIN_SIZE_BYTES:
				unsetMinSizeBytes();
				return;
			case ProfilePackage.FILTER__MAX_SIZE_BYTES:
				unsetMaxSizeBytes();
				return;
			case ProfilePackage.FILTER__MAX_AGE_DAYS:
				unsetMaxAgeDays();
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
			case ProfilePackage.FILTER__INCLUDES:
				return includes != null && !includes.isEmpty();
			case ProfilePackage.FILTER__EXCLUDES:
				return excludes != null && !excludes.isEmpty();
			case ProfilePackage.FILTER__EXCLUDE_HIDDEN:
				return excludeHidden != EXCLUDE_HIDDEN_EDEFAULT;
			case ProfilePackage.FILTER__FILE_BLACKLIST:
				return fileBlacklist != null && !fileBlacklist.isEmpty();
			case ProfilePackage.FILTER__DIRECTORY_BLACKLIST:
				return directoryBlacklist != null && !directoryBlacklist.isEmpty();
			case ProfilePackage.FILTER__MIN_SIZE_BYTES:
				return isSetMinSizeBytes();
			case ProfilePackage.FILTER__MAX_SIZE_BYTES:
				return isSetMaxSizeBytes();
			case ProfilePackage.FILTER__MAX_AGE_DAYS:
				return isSetMaxAgeDays();
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
		result.append(" (includes: ");
		result.append(includes);
		result.append(", excludes: ");
		result.append(excludes);
		result.append(", excludeHidden: ");
		result.append(excludeHidden);
		result.append(", fileBlacklist: ");
		result.append(fileBlacklist);
		result.append(", directoryBlacklist: ");
		result.append(directoryBlacklist);
		result.append(", minSizeBytes: ");
		if (minSizeBytesESet) result.append(minSizeBytes); else result.append("<unset>");
		result.append(", maxSizeBytes: ");
		if (maxSizeBytesESet) result.append(maxSizeBytes); else result.append("<unset>");
		result.append(", maxAgeDays: ");
		if (maxAgeDaysESet) result.append(maxAgeDays); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //FilterImpl
