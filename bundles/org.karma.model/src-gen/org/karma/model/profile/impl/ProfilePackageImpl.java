/**
 */
package org.karma.model.profile.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.karma.model.profile.Comparison;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Direction;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.Filter;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.Integrity;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.OptionType;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;
import org.karma.model.profile.VersioningPolicy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProfilePackageImpl extends EPackageImpl implements ProfilePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectorOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass versioningPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparisonMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hashAlgorithmEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conflictPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum versioningKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scheduleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intervalUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optionTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.karma.model.profile.ProfilePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProfilePackageImpl() {
		super(eNS_URI, ProfileFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ProfilePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProfilePackage init() {
		if (isInited) return (ProfilePackage)EPackage.Registry.INSTANCE.getEPackage(ProfilePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProfilePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProfilePackageImpl theProfilePackage = registeredProfilePackage instanceof ProfilePackageImpl ? (ProfilePackageImpl)registeredProfilePackage : new ProfilePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theProfilePackage.createPackageContents();

		// Initialize created meta-data
		theProfilePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProfilePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProfilePackage.eNS_URI, theProfilePackage);
		return theProfilePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncProfile() {
		return syncProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_Name() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_Description() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_Enabled() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Left() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Right() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_Direction() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Comparison() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_ConflictPolicy() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Filter() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Versioning() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Schedule() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncProfile_Integrity() {
		return (EReference)syncProfileEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_ParallelTransfers() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_DeleteGuardPercent() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncProfile_ClockSkewSeconds() {
		return (EAttribute)syncProfileEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Uri() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_Options() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_CredentialRef() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnectorOption() {
		return connectorOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectorOption_Key() {
		return (EAttribute)connectorOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectorOption_Type() {
		return (EAttribute)connectorOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConnectorOption_Value() {
		return (EAttribute)connectorOptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparison() {
		return comparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_Method() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_MtimeToleranceSeconds() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_ChecksumAlgorithm() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilter() {
		return filterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_Includes() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_Excludes() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_ExcludeHidden() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_FileBlacklist() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_DirectoryBlacklist() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_MinSizeBytes() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_MaxSizeBytes() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_MaxAgeDays() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVersioningPolicy() {
		return versioningPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVersioningPolicy_Kind() {
		return (EAttribute)versioningPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVersioningPolicy_Count() {
		return (EAttribute)versioningPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVersioningPolicy_MaxAgeDays() {
		return (EAttribute)versioningPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVersioningPolicy_Location() {
		return (EAttribute)versioningPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVersioningPolicy_MaxTotalSizeBytes() {
		return (EAttribute)versioningPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule() {
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Kind() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Interval() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_IntervalUnit() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_CronExpression() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DebounceMillis() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_PollIntervalSeconds() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_RescanIntervalMinutes() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegrity() {
		return integrityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrity_VerifyAfterCopy() {
		return (EAttribute)integrityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrity_HashAlgorithm() {
		return (EAttribute)integrityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrity_ManifestAfterSync() {
		return (EAttribute)integrityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrity_ScrubIntervalDays() {
		return (EAttribute)integrityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrity_ManifestsToKeep() {
		return (EAttribute)integrityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparisonMethod() {
		return comparisonMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHashAlgorithm() {
		return hashAlgorithmEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConflictPolicy() {
		return conflictPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVersioningKind() {
		return versioningKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScheduleKind() {
		return scheduleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntervalUnit() {
		return intervalUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptionType() {
		return optionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileFactory getProfileFactory() {
		return (ProfileFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		syncProfileEClass = createEClass(SYNC_PROFILE);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__NAME);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__DESCRIPTION);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__ENABLED);
		createEReference(syncProfileEClass, SYNC_PROFILE__LEFT);
		createEReference(syncProfileEClass, SYNC_PROFILE__RIGHT);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__DIRECTION);
		createEReference(syncProfileEClass, SYNC_PROFILE__COMPARISON);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__CONFLICT_POLICY);
		createEReference(syncProfileEClass, SYNC_PROFILE__FILTER);
		createEReference(syncProfileEClass, SYNC_PROFILE__VERSIONING);
		createEReference(syncProfileEClass, SYNC_PROFILE__SCHEDULE);
		createEReference(syncProfileEClass, SYNC_PROFILE__INTEGRITY);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__PARALLEL_TRANSFERS);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__DELETE_GUARD_PERCENT);
		createEAttribute(syncProfileEClass, SYNC_PROFILE__CLOCK_SKEW_SECONDS);

		endpointEClass = createEClass(ENDPOINT);
		createEAttribute(endpointEClass, ENDPOINT__URI);
		createEReference(endpointEClass, ENDPOINT__OPTIONS);
		createEAttribute(endpointEClass, ENDPOINT__CREDENTIAL_REF);

		connectorOptionEClass = createEClass(CONNECTOR_OPTION);
		createEAttribute(connectorOptionEClass, CONNECTOR_OPTION__KEY);
		createEAttribute(connectorOptionEClass, CONNECTOR_OPTION__TYPE);
		createEAttribute(connectorOptionEClass, CONNECTOR_OPTION__VALUE);

		comparisonEClass = createEClass(COMPARISON);
		createEAttribute(comparisonEClass, COMPARISON__METHOD);
		createEAttribute(comparisonEClass, COMPARISON__MTIME_TOLERANCE_SECONDS);
		createEAttribute(comparisonEClass, COMPARISON__CHECKSUM_ALGORITHM);

		filterEClass = createEClass(FILTER);
		createEAttribute(filterEClass, FILTER__INCLUDES);
		createEAttribute(filterEClass, FILTER__EXCLUDES);
		createEAttribute(filterEClass, FILTER__EXCLUDE_HIDDEN);
		createEAttribute(filterEClass, FILTER__FILE_BLACKLIST);
		createEAttribute(filterEClass, FILTER__DIRECTORY_BLACKLIST);
		createEAttribute(filterEClass, FILTER__MIN_SIZE_BYTES);
		createEAttribute(filterEClass, FILTER__MAX_SIZE_BYTES);
		createEAttribute(filterEClass, FILTER__MAX_AGE_DAYS);

		versioningPolicyEClass = createEClass(VERSIONING_POLICY);
		createEAttribute(versioningPolicyEClass, VERSIONING_POLICY__KIND);
		createEAttribute(versioningPolicyEClass, VERSIONING_POLICY__COUNT);
		createEAttribute(versioningPolicyEClass, VERSIONING_POLICY__MAX_AGE_DAYS);
		createEAttribute(versioningPolicyEClass, VERSIONING_POLICY__LOCATION);
		createEAttribute(versioningPolicyEClass, VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES);

		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__KIND);
		createEAttribute(scheduleEClass, SCHEDULE__INTERVAL);
		createEAttribute(scheduleEClass, SCHEDULE__INTERVAL_UNIT);
		createEAttribute(scheduleEClass, SCHEDULE__CRON_EXPRESSION);
		createEAttribute(scheduleEClass, SCHEDULE__DEBOUNCE_MILLIS);
		createEAttribute(scheduleEClass, SCHEDULE__POLL_INTERVAL_SECONDS);
		createEAttribute(scheduleEClass, SCHEDULE__RESCAN_INTERVAL_MINUTES);

		integrityEClass = createEClass(INTEGRITY);
		createEAttribute(integrityEClass, INTEGRITY__VERIFY_AFTER_COPY);
		createEAttribute(integrityEClass, INTEGRITY__HASH_ALGORITHM);
		createEAttribute(integrityEClass, INTEGRITY__MANIFEST_AFTER_SYNC);
		createEAttribute(integrityEClass, INTEGRITY__SCRUB_INTERVAL_DAYS);
		createEAttribute(integrityEClass, INTEGRITY__MANIFESTS_TO_KEEP);

		// Create enums
		directionEEnum = createEEnum(DIRECTION);
		comparisonMethodEEnum = createEEnum(COMPARISON_METHOD);
		hashAlgorithmEEnum = createEEnum(HASH_ALGORITHM);
		conflictPolicyEEnum = createEEnum(CONFLICT_POLICY);
		versioningKindEEnum = createEEnum(VERSIONING_KIND);
		scheduleKindEEnum = createEEnum(SCHEDULE_KIND);
		intervalUnitEEnum = createEEnum(INTERVAL_UNIT);
		optionTypeEEnum = createEEnum(OPTION_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(syncProfileEClass, SyncProfile.class, "SyncProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncProfile_Name(), ecorePackage.getEString(), "name", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_Description(), ecorePackage.getEString(), "description", null, 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Left(), this.getEndpoint(), null, "left", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Right(), this.getEndpoint(), null, "right", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_Direction(), this.getDirection(), "direction", "TWO_WAY", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Comparison(), this.getComparison(), null, "comparison", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_ConflictPolicy(), this.getConflictPolicy(), "conflictPolicy", "KEEP_BOTH", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Filter(), this.getFilter(), null, "filter", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Versioning(), this.getVersioningPolicy(), null, "versioning", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Schedule(), this.getSchedule(), null, "schedule", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncProfile_Integrity(), this.getIntegrity(), null, "integrity", null, 1, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_ParallelTransfers(), ecorePackage.getEInt(), "parallelTransfers", "4", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_DeleteGuardPercent(), ecorePackage.getEInt(), "deleteGuardPercent", "50", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncProfile_ClockSkewSeconds(), ecorePackage.getEInt(), "clockSkewSeconds", "0", 0, 1, SyncProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndpoint_Uri(), ecorePackage.getEString(), "uri", null, 1, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_Options(), this.getConnectorOption(), null, "options", null, 0, -1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_CredentialRef(), ecorePackage.getEString(), "credentialRef", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectorOptionEClass, ConnectorOption.class, "ConnectorOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConnectorOption_Key(), ecorePackage.getEString(), "key", null, 1, 1, ConnectorOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectorOption_Type(), this.getOptionType(), "type", "STRING", 0, 1, ConnectorOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConnectorOption_Value(), ecorePackage.getEString(), "value", null, 0, 1, ConnectorOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonEClass, Comparison.class, "Comparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparison_Method(), this.getComparisonMethod(), "method", "TIME_AND_SIZE", 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparison_MtimeToleranceSeconds(), ecorePackage.getEInt(), "mtimeToleranceSeconds", "2", 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparison_ChecksumAlgorithm(), this.getHashAlgorithm(), "checksumAlgorithm", "SHA-256", 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(filterEClass, Filter.class, "Filter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFilter_Includes(), ecorePackage.getEString(), "includes", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_Excludes(), ecorePackage.getEString(), "excludes", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_ExcludeHidden(), ecorePackage.getEBoolean(), "excludeHidden", "false", 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_FileBlacklist(), ecorePackage.getEString(), "fileBlacklist", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_DirectoryBlacklist(), ecorePackage.getEString(), "directoryBlacklist", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_MinSizeBytes(), ecorePackage.getELong(), "minSizeBytes", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_MaxSizeBytes(), ecorePackage.getELong(), "maxSizeBytes", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_MaxAgeDays(), ecorePackage.getEInt(), "maxAgeDays", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(versioningPolicyEClass, VersioningPolicy.class, "VersioningPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVersioningPolicy_Kind(), this.getVersioningKind(), "kind", "KEEP_LAST", 0, 1, VersioningPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVersioningPolicy_Count(), ecorePackage.getEInt(), "count", "10", 0, 1, VersioningPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVersioningPolicy_MaxAgeDays(), ecorePackage.getEInt(), "maxAgeDays", "30", 0, 1, VersioningPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVersioningPolicy_Location(), ecorePackage.getEString(), "location", null, 0, 1, VersioningPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVersioningPolicy_MaxTotalSizeBytes(), ecorePackage.getELong(), "maxTotalSizeBytes", null, 0, 1, VersioningPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Kind(), this.getScheduleKind(), "kind", "MANUAL", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Interval(), ecorePackage.getEInt(), "interval", "1", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_IntervalUnit(), this.getIntervalUnit(), "intervalUnit", "HOURS", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_CronExpression(), ecorePackage.getEString(), "cronExpression", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DebounceMillis(), ecorePackage.getEInt(), "debounceMillis", "800", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_PollIntervalSeconds(), ecorePackage.getEInt(), "pollIntervalSeconds", "60", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_RescanIntervalMinutes(), ecorePackage.getEInt(), "rescanIntervalMinutes", "60", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrityEClass, Integrity.class, "Integrity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntegrity_VerifyAfterCopy(), ecorePackage.getEBoolean(), "verifyAfterCopy", "true", 0, 1, Integrity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrity_HashAlgorithm(), this.getHashAlgorithm(), "hashAlgorithm", "SHA-256", 0, 1, Integrity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrity_ManifestAfterSync(), ecorePackage.getEBoolean(), "manifestAfterSync", "false", 0, 1, Integrity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrity_ScrubIntervalDays(), ecorePackage.getEInt(), "scrubIntervalDays", "0", 0, 1, Integrity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrity_ManifestsToKeep(), ecorePackage.getEInt(), "manifestsToKeep", "10", 0, 1, Integrity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.MIRROR);
		addEEnumLiteral(directionEEnum, Direction.UPDATE);
		addEEnumLiteral(directionEEnum, Direction.TWO_WAY);

		initEEnum(comparisonMethodEEnum, ComparisonMethod.class, "ComparisonMethod");
		addEEnumLiteral(comparisonMethodEEnum, ComparisonMethod.TIME_AND_SIZE);
		addEEnumLiteral(comparisonMethodEEnum, ComparisonMethod.CHECKSUM);
		addEEnumLiteral(comparisonMethodEEnum, ComparisonMethod.SIZE_ONLY);

		initEEnum(hashAlgorithmEEnum, HashAlgorithm.class, "HashAlgorithm");
		addEEnumLiteral(hashAlgorithmEEnum, HashAlgorithm.SHA256);
		addEEnumLiteral(hashAlgorithmEEnum, HashAlgorithm.MD5);

		initEEnum(conflictPolicyEEnum, ConflictPolicy.class, "ConflictPolicy");
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.KEEP_BOTH);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.NEWER_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.LEFT_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.RIGHT_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.SKIP);

		initEEnum(versioningKindEEnum, VersioningKind.class, "VersioningKind");
		addEEnumLiteral(versioningKindEEnum, VersioningKind.NONE);
		addEEnumLiteral(versioningKindEEnum, VersioningKind.KEEP_LAST);
		addEEnumLiteral(versioningKindEEnum, VersioningKind.BY_AGE);
		addEEnumLiteral(versioningKindEEnum, VersioningKind.STAGGERED);

		initEEnum(scheduleKindEEnum, ScheduleKind.class, "ScheduleKind");
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.MANUAL);
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.INTERVAL);
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.CRON);
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.REAL_TIME);

		initEEnum(intervalUnitEEnum, IntervalUnit.class, "IntervalUnit");
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.MINUTES);
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.HOURS);

		initEEnum(optionTypeEEnum, OptionType.class, "OptionType");
		addEEnumLiteral(optionTypeEEnum, OptionType.STRING);
		addEEnumLiteral(optionTypeEEnum, OptionType.INTEGER);
		addEEnumLiteral(optionTypeEEnum, OptionType.BOOLEAN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (syncProfileEClass,
		   source,
		   new String[] {
			   "documentation", "A sync profile: what to keep in sync (two endpoints) and how. Stored as one XMI file NAME.karma in the profile store; machine state (base snapshots, history) is kept elsewhere and never in this file. Secrets are never stored here: endpoints refer to credentials by id."
		   });
		addAnnotation
		  (getSyncProfile_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name of the profile; also its file name (NAME.karma). 1 to 64 characters: letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit."
		   });
		addAnnotation
		  (getSyncProfile_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text shown in the profile list."
		   });
		addAnnotation
		  (getSyncProfile_Enabled(),
		   source,
		   new String[] {
			   "documentation", "Disabled profiles are neither scheduled nor watched; they can still be run by hand."
		   });
		addAnnotation
		  (getSyncProfile_Left(),
		   source,
		   new String[] {
			   "documentation", "The left endpoint: the source for MIRROR and UPDATE."
		   });
		addAnnotation
		  (getSyncProfile_Right(),
		   source,
		   new String[] {
			   "documentation", "The right endpoint: the destination for MIRROR and UPDATE."
		   });
		addAnnotation
		  (getSyncProfile_Direction(),
		   source,
		   new String[] {
			   "documentation", "How changes flow between the endpoints."
		   });
		addAnnotation
		  (getSyncProfile_Comparison(),
		   source,
		   new String[] {
			   "documentation", "How two files are decided to be equal."
		   });
		addAnnotation
		  (getSyncProfile_ConflictPolicy(),
		   source,
		   new String[] {
			   "documentation", "What happens when both sides changed the same path differently (TWO_WAY), or when the destination changed behind our back (MIRROR, UPDATE)."
		   });
		addAnnotation
		  (getSyncProfile_Filter(),
		   source,
		   new String[] {
			   "documentation", "Which files and folders take part in the sync."
		   });
		addAnnotation
		  (getSyncProfile_Versioning(),
		   source,
		   new String[] {
			   "documentation", "How old versions of overwritten or deleted files are kept."
		   });
		addAnnotation
		  (getSyncProfile_Schedule(),
		   source,
		   new String[] {
			   "documentation", "When the profile runs by itself."
		   });
		addAnnotation
		  (getSyncProfile_Integrity(),
		   source,
		   new String[] {
			   "documentation", "Verification of copied data."
		   });
		addAnnotation
		  (getSyncProfile_ParallelTransfers(),
		   source,
		   new String[] {
			   "documentation", "How many files are transferred at the same time (1 to 64); each connection may cap it further."
		   });
		addAnnotation
		  (getSyncProfile_DeleteGuardPercent(),
		   source,
		   new String[] {
			   "documentation", "Safety: a run that would delete more than this percentage of the files on a side holding at least 10 files stops before touching anything (0 to 100; 100 disables the guard)."
		   });
		addAnnotation
		  (getSyncProfile_ClockSkewSeconds(),
		   source,
		   new String[] {
			   "documentation", "Known difference between the clocks of the two endpoints in seconds (added to the right side\'s modification times before comparing; 0 to 86400 in absolute value)."
		   });
		addAnnotation
		  (endpointEClass,
		   source,
		   new String[] {
			   "documentation", "One side of a profile: a location given as a URI, connector options, and a reference to stored credentials."
		   });
		addAnnotation
		  (getEndpoint_Uri(),
		   source,
		   new String[] {
			   "documentation", "Where the files are: /path or file:/path, zip:/path/a.zip[!/inner], ftp://, ftps://, sftp://, smb://, s3://, dropbox:/path, gdrive:/path, peer://. Never contains a password: credentials live in secure storage."
		   });
		addAnnotation
		  (getEndpoint_Options(),
		   source,
		   new String[] {
			   "documentation", "Connector options (typed key/values), validated against the options the connector declares; typed on the command line as URI query parameters (?region=eu-west-1&path_style=true)."
		   });
		addAnnotation
		  (getEndpoint_CredentialRef(),
		   source,
		   new String[] {
			   "documentation", "Id of the credentials in secure storage (see karma credentials); empty when the endpoint needs none or uses the connector\'s default lookup."
		   });
		addAnnotation
		  (connectorOptionEClass,
		   source,
		   new String[] {
			   "documentation", "A typed connector option of an endpoint."
		   });
		addAnnotation
		  (getConnectorOption_Key(),
		   source,
		   new String[] {
			   "documentation", "Option key as declared by the connector, e.g. region, path_style, concurrency."
		   });
		addAnnotation
		  (getConnectorOption_Type(),
		   source,
		   new String[] {
			   "documentation", "Type of the value."
		   });
		addAnnotation
		  (getConnectorOption_Value(),
		   source,
		   new String[] {
			   "documentation", "The value in its canonical text form (integers in decimal, booleans as true or false)."
		   });
		addAnnotation
		  (comparisonEClass,
		   source,
		   new String[] {
			   "documentation", "How two files are decided to be equal."
		   });
		addAnnotation
		  (getComparison_Method(),
		   source,
		   new String[] {
			   "documentation", "The comparison method."
		   });
		addAnnotation
		  (getComparison_MtimeToleranceSeconds(),
		   source,
		   new String[] {
			   "documentation", "TIME_AND_SIZE: modification times closer than this many seconds count as equal (FAT and some servers store 2-second times). 0 to 3600."
		   });
		addAnnotation
		  (getComparison_ChecksumAlgorithm(),
		   source,
		   new String[] {
			   "documentation", "CHECKSUM: the hash compared."
		   });
		addAnnotation
		  (filterEClass,
		   source,
		   new String[] {
			   "documentation", "Which files and folders take part in a sync. Globs use / as separator; * matches within one path segment, ** across segments, ? one character, [abc] a set, {a,b} alternatives. A glob without / matches the name at any depth; a glob starting with / is anchored at the endpoint root."
		   });
		addAnnotation
		  (getFilter_Includes(),
		   source,
		   new String[] {
			   "documentation", "When not empty, only paths matching one of these globs are synced (folders are still traversed)."
		   });
		addAnnotation
		  (getFilter_Excludes(),
		   source,
		   new String[] {
			   "documentation", "Paths matching any of these globs are left alone (excluded folders are not traversed)."
		   });
		addAnnotation
		  (getFilter_ExcludeHidden(),
		   source,
		   new String[] {
			   "documentation", "Leave out hidden files and folders (names starting with a dot, or marked hidden by the file system)."
		   });
		addAnnotation
		  (getFilter_FileBlacklist(),
		   source,
		   new String[] {
			   "documentation", "Exact file names never synced at any depth, e.g. Thumbs.db, .DS_Store, desktop.ini."
		   });
		addAnnotation
		  (getFilter_DirectoryBlacklist(),
		   source,
		   new String[] {
			   "documentation", "Exact folder names never entered at any depth, e.g. .git, node_modules, $RECYCLE.BIN."
		   });
		addAnnotation
		  (getFilter_MinSizeBytes(),
		   source,
		   new String[] {
			   "documentation", "Files smaller than this many bytes are left out (unset: no lower limit)."
		   });
		addAnnotation
		  (getFilter_MaxSizeBytes(),
		   source,
		   new String[] {
			   "documentation", "Files larger than this many bytes are left out (unset: no upper limit)."
		   });
		addAnnotation
		  (getFilter_MaxAgeDays(),
		   source,
		   new String[] {
			   "documentation", "Files not modified for more than this many days are left out (unset: no limit)."
		   });
		addAnnotation
		  (versioningPolicyEClass,
		   source,
		   new String[] {
			   "documentation", "How old versions of files that a sync overwrites or deletes are kept, so that nothing a sync touches is lost."
		   });
		addAnnotation
		  (getVersioningPolicy_Kind(),
		   source,
		   new String[] {
			   "documentation", "The versioning scheme."
		   });
		addAnnotation
		  (getVersioningPolicy_Count(),
		   source,
		   new String[] {
			   "documentation", "KEEP_LAST: how many old versions of each file are kept (1 to 10000)."
		   });
		addAnnotation
		  (getVersioningPolicy_MaxAgeDays(),
		   source,
		   new String[] {
			   "documentation", "BY_AGE: versions older than this many days are purged (1 to 36500)."
		   });
		addAnnotation
		  (getVersioningPolicy_Location(),
		   source,
		   new String[] {
			   "documentation", "Where versions live: empty for the default (a .karma-versions folder at the root of the side where the file was replaced), or a URI of another location."
		   });
		addAnnotation
		  (getVersioningPolicy_MaxTotalSizeBytes(),
		   source,
		   new String[] {
			   "documentation", "Oldest versions are purged once all versions of the profile take more than this many bytes (unset: no limit)."
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[] {
			   "documentation", "When a profile runs by itself."
		   });
		addAnnotation
		  (getSchedule_Kind(),
		   source,
		   new String[] {
			   "documentation", "The kind of schedule."
		   });
		addAnnotation
		  (getSchedule_Interval(),
		   source,
		   new String[] {
			   "documentation", "INTERVAL: run every this many units (1 to 10000)."
		   });
		addAnnotation
		  (getSchedule_IntervalUnit(),
		   source,
		   new String[] {
			   "documentation", "INTERVAL: the unit of the interval."
		   });
		addAnnotation
		  (getSchedule_CronExpression(),
		   source,
		   new String[] {
			   "documentation", "CRON: a standard 5-field expression (minute hour day-of-month month day-of-week), e.g. \'30 2 * * 1-5\', or @hourly, @daily, @weekly, @monthly."
		   });
		addAnnotation
		  (getSchedule_DebounceMillis(),
		   source,
		   new String[] {
			   "documentation", "REAL_TIME: quiet time after the last file event before a run starts (100 to 600000 ms)."
		   });
		addAnnotation
		  (getSchedule_PollIntervalSeconds(),
		   source,
		   new String[] {
			   "documentation", "REAL_TIME: how often remote endpoints without a change feed are polled (5 to 86400 s)."
		   });
		addAnnotation
		  (getSchedule_RescanIntervalMinutes(),
		   source,
		   new String[] {
			   "documentation", "REAL_TIME: a full rescan runs this often to catch missed events (0 disables; up to 10080)."
		   });
		addAnnotation
		  (integrityEClass,
		   source,
		   new String[] {
			   "documentation", "Verification of copied data."
		   });
		addAnnotation
		  (getIntegrity_VerifyAfterCopy(),
		   source,
		   new String[] {
			   "documentation", "Re-read and hash every copied file and compare with the source before it replaces the target."
		   });
		addAnnotation
		  (getIntegrity_HashAlgorithm(),
		   source,
		   new String[] {
			   "documentation", "Hash used for verification."
		   });
		addAnnotation
		  (getIntegrity_ManifestAfterSync(),
		   source,
		   new String[] {
			   "documentation", "After each successful sync (not a dry run), write a signed integrity manifest of the right side (the target of mirror and update; for two-way the right side, equal to the left after a clean run) to the profile\'s manifest folder, so later scrubs and \'karma check verify\' can detect bitrot."
		   });
		addAnnotation
		  (getIntegrity_ScrubIntervalDays(),
		   source,
		   new String[] {
			   "documentation", "Re-verify the profile\'s latest manifest against the right side every this many days (0 = never; up to 3650). Runs through the scheduler like scheduled syncs; a scrub reads every file."
		   });
		addAnnotation
		  (getIntegrity_ManifestsToKeep(),
		   source,
		   new String[] {
			   "documentation", "How many of the profile\'s manifests are kept; older ones are deleted after a new one is written (1 to 1000)."
		   });
		addAnnotation
		  (directionEEnum,
		   source,
		   new String[] {
			   "documentation", "How changes flow between the endpoints."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "The right side becomes an exact copy of the left: new and changed files are copied, files missing on the left are deleted on the right (deleted files are versioned)."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "New and changed files are copied from left to right; nothing is ever deleted."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Changes on either side are copied to the other, deletions included; conflicting changes follow the conflict policy."
		   });
		addAnnotation
		  (comparisonMethodEEnum,
		   source,
		   new String[] {
			   "documentation", "How two files are decided to be equal."
		   });
		addAnnotation
		  (comparisonMethodEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Equal when size and modification time (within the tolerance) are equal. Fast; the default."
		   });
		addAnnotation
		  (comparisonMethodEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Equal when the content hashes are equal (reads every file that differs in metadata, or uses server hashes)."
		   });
		addAnnotation
		  (comparisonMethodEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Equal when sizes are equal (for endpoints without reliable times)."
		   });
		addAnnotation
		  (hashAlgorithmEEnum,
		   source,
		   new String[] {
			   "documentation", "A content hash."
		   });
		addAnnotation
		  (hashAlgorithmEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "SHA-256."
		   });
		addAnnotation
		  (hashAlgorithmEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "MD5 (faster, not collision resistant; for servers that only offer MD5)."
		   });
		addAnnotation
		  (conflictPolicyEEnum,
		   source,
		   new String[] {
			   "documentation", "What happens with conflicting changes. In every case the losing version is kept (renamed or versioned), never lost."
		   });
		addAnnotation
		  (conflictPolicyEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Keep both: the right version is renamed NAME.conflict-DATE-right.EXT beside the left one, and both sides get both."
		   });
		addAnnotation
		  (conflictPolicyEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "The more recently modified version wins; the other goes to versions."
		   });
		addAnnotation
		  (conflictPolicyEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "The left version wins; the right one goes to versions."
		   });
		addAnnotation
		  (conflictPolicyEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "The right version wins; the left one goes to versions."
		   });
		addAnnotation
		  (conflictPolicyEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "Leave both sides as they are and report the conflict (the run ends with exit code 3)."
		   });
		addAnnotation
		  (versioningKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Versioning schemes."
		   });
		addAnnotation
		  (versioningKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "No versions are kept: overwritten and deleted files are gone. Not recommended."
		   });
		addAnnotation
		  (versioningKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Keep the last N versions of each file."
		   });
		addAnnotation
		  (versioningKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Keep versions for a number of days."
		   });
		addAnnotation
		  (versioningKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Keep versions ever more sparsely with age: all from the last hour, one per hour for a day, one per day for a month, one per week after (like Syncthing\'s staggered versioning)."
		   });
		addAnnotation
		  (scheduleKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of schedules."
		   });
		addAnnotation
		  (scheduleKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Only when started by hand."
		   });
		addAnnotation
		  (scheduleKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Every N minutes or hours."
		   });
		addAnnotation
		  (scheduleKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "At the times of a cron expression."
		   });
		addAnnotation
		  (scheduleKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Whenever files change (watched locally, polled or fed remotely), after a quiet time."
		   });
		addAnnotation
		  (intervalUnitEEnum,
		   source,
		   new String[] {
			   "documentation", "Units of an interval."
		   });
		addAnnotation
		  (intervalUnitEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Minutes."
		   });
		addAnnotation
		  (intervalUnitEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Hours."
		   });
		addAnnotation
		  (optionTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Types of connector option values."
		   });
		addAnnotation
		  (optionTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Text."
		   });
		addAnnotation
		  (optionTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A whole number."
		   });
		addAnnotation
		  (optionTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "true or false."
		   });
	}

} //ProfilePackageImpl
