/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.karma.model.profile.ProfileFactory
 * @model kind="package"
 * @generated
 */
public interface ProfilePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "profile";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://karma.org/model/profile/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "karma";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProfilePackage eINSTANCE = org.karma.model.profile.impl.ProfilePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.SyncProfileImpl <em>Sync Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.SyncProfileImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getSyncProfile()
	 * @generated
	 */
	int SYNC_PROFILE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__ENABLED = 2;

	/**
	 * The feature id for the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__LEFT = 3;

	/**
	 * The feature id for the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__RIGHT = 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__DIRECTION = 5;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__COMPARISON = 6;

	/**
	 * The feature id for the '<em><b>Conflict Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__CONFLICT_POLICY = 7;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__FILTER = 8;

	/**
	 * The feature id for the '<em><b>Versioning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__VERSIONING = 9;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__SCHEDULE = 10;

	/**
	 * The feature id for the '<em><b>Integrity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__INTEGRITY = 11;

	/**
	 * The feature id for the '<em><b>Parallel Transfers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__PARALLEL_TRANSFERS = 12;

	/**
	 * The feature id for the '<em><b>Delete Guard Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__DELETE_GUARD_PERCENT = 13;

	/**
	 * The feature id for the '<em><b>Clock Skew Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE__CLOCK_SKEW_SECONDS = 14;

	/**
	 * The number of structural features of the '<em>Sync Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Sync Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.EndpointImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 1;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__URI = 0;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__OPTIONS = 1;

	/**
	 * The feature id for the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CREDENTIAL_REF = 2;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.ConnectorOptionImpl <em>Connector Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.ConnectorOptionImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getConnectorOption()
	 * @generated
	 */
	int CONNECTOR_OPTION = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPTION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPTION__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPTION__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Connector Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Connector Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTOR_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.ComparisonImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Mtime Tolerance Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__MTIME_TOLERANCE_SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Checksum Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__CHECKSUM_ALGORITHM = 2;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.FilterImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 4;

	/**
	 * The feature id for the '<em><b>Includes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__INCLUDES = 0;

	/**
	 * The feature id for the '<em><b>Excludes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__EXCLUDES = 1;

	/**
	 * The feature id for the '<em><b>Exclude Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__EXCLUDE_HIDDEN = 2;

	/**
	 * The feature id for the '<em><b>File Blacklist</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__FILE_BLACKLIST = 3;

	/**
	 * The feature id for the '<em><b>Directory Blacklist</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__DIRECTORY_BLACKLIST = 4;

	/**
	 * The feature id for the '<em><b>Min Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MIN_SIZE_BYTES = 5;

	/**
	 * The feature id for the '<em><b>Max Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAX_SIZE_BYTES = 6;

	/**
	 * The feature id for the '<em><b>Max Age Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAX_AGE_DAYS = 7;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.VersioningPolicyImpl <em>Versioning Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.VersioningPolicyImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getVersioningPolicy()
	 * @generated
	 */
	int VERSIONING_POLICY = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Max Age Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY__MAX_AGE_DAYS = 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY__LOCATION = 3;

	/**
	 * The feature id for the '<em><b>Max Total Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES = 4;

	/**
	 * The number of structural features of the '<em>Versioning Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Versioning Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERSIONING_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.ScheduleImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__INTERVAL = 1;

	/**
	 * The feature id for the '<em><b>Interval Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__INTERVAL_UNIT = 2;

	/**
	 * The feature id for the '<em><b>Cron Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__CRON_EXPRESSION = 3;

	/**
	 * The feature id for the '<em><b>Debounce Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DEBOUNCE_MILLIS = 4;

	/**
	 * The feature id for the '<em><b>Poll Interval Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__POLL_INTERVAL_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Rescan Interval Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__RESCAN_INTERVAL_MINUTES = 6;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.impl.IntegrityImpl <em>Integrity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.impl.IntegrityImpl
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getIntegrity()
	 * @generated
	 */
	int INTEGRITY = 7;

	/**
	 * The feature id for the '<em><b>Verify After Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY__VERIFY_AFTER_COPY = 0;

	/**
	 * The feature id for the '<em><b>Hash Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY__HASH_ALGORITHM = 1;

	/**
	 * The feature id for the '<em><b>Manifest After Sync</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY__MANIFEST_AFTER_SYNC = 2;

	/**
	 * The feature id for the '<em><b>Scrub Interval Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY__SCRUB_INTERVAL_DAYS = 3;

	/**
	 * The feature id for the '<em><b>Manifests To Keep</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY__MANIFESTS_TO_KEEP = 4;

	/**
	 * The number of structural features of the '<em>Integrity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Integrity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.Direction
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 8;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.ComparisonMethod <em>Comparison Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.ComparisonMethod
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getComparisonMethod()
	 * @generated
	 */
	int COMPARISON_METHOD = 9;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.HashAlgorithm <em>Hash Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.HashAlgorithm
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getHashAlgorithm()
	 * @generated
	 */
	int HASH_ALGORITHM = 10;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.ConflictPolicy <em>Conflict Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.ConflictPolicy
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getConflictPolicy()
	 * @generated
	 */
	int CONFLICT_POLICY = 11;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.VersioningKind <em>Versioning Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.VersioningKind
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getVersioningKind()
	 * @generated
	 */
	int VERSIONING_KIND = 12;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.ScheduleKind <em>Schedule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.ScheduleKind
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getScheduleKind()
	 * @generated
	 */
	int SCHEDULE_KIND = 13;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.IntervalUnit <em>Interval Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.IntervalUnit
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getIntervalUnit()
	 * @generated
	 */
	int INTERVAL_UNIT = 14;

	/**
	 * The meta object id for the '{@link org.karma.model.profile.OptionType <em>Option Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.karma.model.profile.OptionType
	 * @see org.karma.model.profile.impl.ProfilePackageImpl#getOptionType()
	 * @generated
	 */
	int OPTION_TYPE = 15;


	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.SyncProfile <em>Sync Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Profile</em>'.
	 * @see org.karma.model.profile.SyncProfile
	 * @generated
	 */
	EClass getSyncProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.karma.model.profile.SyncProfile#getName()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.karma.model.profile.SyncProfile#getDescription()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.karma.model.profile.SyncProfile#isEnabled()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_Enabled();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Left</em>'.
	 * @see org.karma.model.profile.SyncProfile#getLeft()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Left();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Right</em>'.
	 * @see org.karma.model.profile.SyncProfile#getRight()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Right();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.karma.model.profile.SyncProfile#getDirection()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_Direction();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Comparison</em>'.
	 * @see org.karma.model.profile.SyncProfile#getComparison()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getConflictPolicy <em>Conflict Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conflict Policy</em>'.
	 * @see org.karma.model.profile.SyncProfile#getConflictPolicy()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_ConflictPolicy();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Filter</em>'.
	 * @see org.karma.model.profile.SyncProfile#getFilter()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Filter();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getVersioning <em>Versioning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Versioning</em>'.
	 * @see org.karma.model.profile.SyncProfile#getVersioning()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Versioning();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see org.karma.model.profile.SyncProfile#getSchedule()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Schedule();

	/**
	 * Returns the meta object for the containment reference '{@link org.karma.model.profile.SyncProfile#getIntegrity <em>Integrity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Integrity</em>'.
	 * @see org.karma.model.profile.SyncProfile#getIntegrity()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EReference getSyncProfile_Integrity();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getParallelTransfers <em>Parallel Transfers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parallel Transfers</em>'.
	 * @see org.karma.model.profile.SyncProfile#getParallelTransfers()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_ParallelTransfers();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getDeleteGuardPercent <em>Delete Guard Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delete Guard Percent</em>'.
	 * @see org.karma.model.profile.SyncProfile#getDeleteGuardPercent()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_DeleteGuardPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.SyncProfile#getClockSkewSeconds <em>Clock Skew Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Skew Seconds</em>'.
	 * @see org.karma.model.profile.SyncProfile#getClockSkewSeconds()
	 * @see #getSyncProfile()
	 * @generated
	 */
	EAttribute getSyncProfile_ClockSkewSeconds();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.karma.model.profile.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Endpoint#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.karma.model.profile.Endpoint#getUri()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Uri();

	/**
	 * Returns the meta object for the containment reference list '{@link org.karma.model.profile.Endpoint#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.karma.model.profile.Endpoint#getOptions()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_Options();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Endpoint#getCredentialRef <em>Credential Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential Ref</em>'.
	 * @see org.karma.model.profile.Endpoint#getCredentialRef()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_CredentialRef();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.ConnectorOption <em>Connector Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connector Option</em>'.
	 * @see org.karma.model.profile.ConnectorOption
	 * @generated
	 */
	EClass getConnectorOption();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.ConnectorOption#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.karma.model.profile.ConnectorOption#getKey()
	 * @see #getConnectorOption()
	 * @generated
	 */
	EAttribute getConnectorOption_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.ConnectorOption#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.karma.model.profile.ConnectorOption#getType()
	 * @see #getConnectorOption()
	 * @generated
	 */
	EAttribute getConnectorOption_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.ConnectorOption#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.karma.model.profile.ConnectorOption#getValue()
	 * @see #getConnectorOption()
	 * @generated
	 */
	EAttribute getConnectorOption_Value();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.karma.model.profile.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Comparison#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.karma.model.profile.Comparison#getMethod()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Comparison#getMtimeToleranceSeconds <em>Mtime Tolerance Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mtime Tolerance Seconds</em>'.
	 * @see org.karma.model.profile.Comparison#getMtimeToleranceSeconds()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_MtimeToleranceSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Comparison#getChecksumAlgorithm <em>Checksum Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum Algorithm</em>'.
	 * @see org.karma.model.profile.Comparison#getChecksumAlgorithm()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_ChecksumAlgorithm();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.karma.model.profile.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute list '{@link org.karma.model.profile.Filter#getIncludes <em>Includes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Includes</em>'.
	 * @see org.karma.model.profile.Filter#getIncludes()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Includes();

	/**
	 * Returns the meta object for the attribute list '{@link org.karma.model.profile.Filter#getExcludes <em>Excludes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excludes</em>'.
	 * @see org.karma.model.profile.Filter#getExcludes()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Excludes();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Filter#isExcludeHidden <em>Exclude Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Hidden</em>'.
	 * @see org.karma.model.profile.Filter#isExcludeHidden()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ExcludeHidden();

	/**
	 * Returns the meta object for the attribute list '{@link org.karma.model.profile.Filter#getFileBlacklist <em>File Blacklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>File Blacklist</em>'.
	 * @see org.karma.model.profile.Filter#getFileBlacklist()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_FileBlacklist();

	/**
	 * Returns the meta object for the attribute list '{@link org.karma.model.profile.Filter#getDirectoryBlacklist <em>Directory Blacklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directory Blacklist</em>'.
	 * @see org.karma.model.profile.Filter#getDirectoryBlacklist()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_DirectoryBlacklist();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Filter#getMinSizeBytes <em>Min Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Size Bytes</em>'.
	 * @see org.karma.model.profile.Filter#getMinSizeBytes()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_MinSizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Filter#getMaxSizeBytes <em>Max Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Size Bytes</em>'.
	 * @see org.karma.model.profile.Filter#getMaxSizeBytes()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_MaxSizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Filter#getMaxAgeDays <em>Max Age Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age Days</em>'.
	 * @see org.karma.model.profile.Filter#getMaxAgeDays()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_MaxAgeDays();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.VersioningPolicy <em>Versioning Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Versioning Policy</em>'.
	 * @see org.karma.model.profile.VersioningPolicy
	 * @generated
	 */
	EClass getVersioningPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.VersioningPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.karma.model.profile.VersioningPolicy#getKind()
	 * @see #getVersioningPolicy()
	 * @generated
	 */
	EAttribute getVersioningPolicy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.VersioningPolicy#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.karma.model.profile.VersioningPolicy#getCount()
	 * @see #getVersioningPolicy()
	 * @generated
	 */
	EAttribute getVersioningPolicy_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.VersioningPolicy#getMaxAgeDays <em>Max Age Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age Days</em>'.
	 * @see org.karma.model.profile.VersioningPolicy#getMaxAgeDays()
	 * @see #getVersioningPolicy()
	 * @generated
	 */
	EAttribute getVersioningPolicy_MaxAgeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.VersioningPolicy#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.karma.model.profile.VersioningPolicy#getLocation()
	 * @see #getVersioningPolicy()
	 * @generated
	 */
	EAttribute getVersioningPolicy_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes <em>Max Total Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Total Size Bytes</em>'.
	 * @see org.karma.model.profile.VersioningPolicy#getMaxTotalSizeBytes()
	 * @see #getVersioningPolicy()
	 * @generated
	 */
	EAttribute getVersioningPolicy_MaxTotalSizeBytes();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see org.karma.model.profile.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.karma.model.profile.Schedule#getKind()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getInterval <em>Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval</em>'.
	 * @see org.karma.model.profile.Schedule#getInterval()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Interval();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getIntervalUnit <em>Interval Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Unit</em>'.
	 * @see org.karma.model.profile.Schedule#getIntervalUnit()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_IntervalUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getCronExpression <em>Cron Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cron Expression</em>'.
	 * @see org.karma.model.profile.Schedule#getCronExpression()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_CronExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getDebounceMillis <em>Debounce Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Debounce Millis</em>'.
	 * @see org.karma.model.profile.Schedule#getDebounceMillis()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DebounceMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getPollIntervalSeconds <em>Poll Interval Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Poll Interval Seconds</em>'.
	 * @see org.karma.model.profile.Schedule#getPollIntervalSeconds()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_PollIntervalSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Schedule#getRescanIntervalMinutes <em>Rescan Interval Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rescan Interval Minutes</em>'.
	 * @see org.karma.model.profile.Schedule#getRescanIntervalMinutes()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_RescanIntervalMinutes();

	/**
	 * Returns the meta object for class '{@link org.karma.model.profile.Integrity <em>Integrity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integrity</em>'.
	 * @see org.karma.model.profile.Integrity
	 * @generated
	 */
	EClass getIntegrity();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Integrity#isVerifyAfterCopy <em>Verify After Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verify After Copy</em>'.
	 * @see org.karma.model.profile.Integrity#isVerifyAfterCopy()
	 * @see #getIntegrity()
	 * @generated
	 */
	EAttribute getIntegrity_VerifyAfterCopy();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Integrity#getHashAlgorithm <em>Hash Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash Algorithm</em>'.
	 * @see org.karma.model.profile.Integrity#getHashAlgorithm()
	 * @see #getIntegrity()
	 * @generated
	 */
	EAttribute getIntegrity_HashAlgorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Integrity#isManifestAfterSync <em>Manifest After Sync</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifest After Sync</em>'.
	 * @see org.karma.model.profile.Integrity#isManifestAfterSync()
	 * @see #getIntegrity()
	 * @generated
	 */
	EAttribute getIntegrity_ManifestAfterSync();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Integrity#getScrubIntervalDays <em>Scrub Interval Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scrub Interval Days</em>'.
	 * @see org.karma.model.profile.Integrity#getScrubIntervalDays()
	 * @see #getIntegrity()
	 * @generated
	 */
	EAttribute getIntegrity_ScrubIntervalDays();

	/**
	 * Returns the meta object for the attribute '{@link org.karma.model.profile.Integrity#getManifestsToKeep <em>Manifests To Keep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifests To Keep</em>'.
	 * @see org.karma.model.profile.Integrity#getManifestsToKeep()
	 * @see #getIntegrity()
	 * @generated
	 */
	EAttribute getIntegrity_ManifestsToKeep();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.karma.model.profile.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.ComparisonMethod <em>Comparison Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Method</em>'.
	 * @see org.karma.model.profile.ComparisonMethod
	 * @generated
	 */
	EEnum getComparisonMethod();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.HashAlgorithm <em>Hash Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hash Algorithm</em>'.
	 * @see org.karma.model.profile.HashAlgorithm
	 * @generated
	 */
	EEnum getHashAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.ConflictPolicy <em>Conflict Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Policy</em>'.
	 * @see org.karma.model.profile.ConflictPolicy
	 * @generated
	 */
	EEnum getConflictPolicy();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.VersioningKind <em>Versioning Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Versioning Kind</em>'.
	 * @see org.karma.model.profile.VersioningKind
	 * @generated
	 */
	EEnum getVersioningKind();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.ScheduleKind <em>Schedule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Kind</em>'.
	 * @see org.karma.model.profile.ScheduleKind
	 * @generated
	 */
	EEnum getScheduleKind();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.IntervalUnit <em>Interval Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interval Unit</em>'.
	 * @see org.karma.model.profile.IntervalUnit
	 * @generated
	 */
	EEnum getIntervalUnit();

	/**
	 * Returns the meta object for enum '{@link org.karma.model.profile.OptionType <em>Option Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Option Type</em>'.
	 * @see org.karma.model.profile.OptionType
	 * @generated
	 */
	EEnum getOptionType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProfileFactory getProfileFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.SyncProfileImpl <em>Sync Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.SyncProfileImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getSyncProfile()
		 * @generated
		 */
		EClass SYNC_PROFILE = eINSTANCE.getSyncProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__NAME = eINSTANCE.getSyncProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__DESCRIPTION = eINSTANCE.getSyncProfile_Description();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__ENABLED = eINSTANCE.getSyncProfile_Enabled();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__LEFT = eINSTANCE.getSyncProfile_Left();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__RIGHT = eINSTANCE.getSyncProfile_Right();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__DIRECTION = eINSTANCE.getSyncProfile_Direction();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__COMPARISON = eINSTANCE.getSyncProfile_Comparison();

		/**
		 * The meta object literal for the '<em><b>Conflict Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__CONFLICT_POLICY = eINSTANCE.getSyncProfile_ConflictPolicy();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__FILTER = eINSTANCE.getSyncProfile_Filter();

		/**
		 * The meta object literal for the '<em><b>Versioning</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__VERSIONING = eINSTANCE.getSyncProfile_Versioning();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__SCHEDULE = eINSTANCE.getSyncProfile_Schedule();

		/**
		 * The meta object literal for the '<em><b>Integrity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_PROFILE__INTEGRITY = eINSTANCE.getSyncProfile_Integrity();

		/**
		 * The meta object literal for the '<em><b>Parallel Transfers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__PARALLEL_TRANSFERS = eINSTANCE.getSyncProfile_ParallelTransfers();

		/**
		 * The meta object literal for the '<em><b>Delete Guard Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__DELETE_GUARD_PERCENT = eINSTANCE.getSyncProfile_DeleteGuardPercent();

		/**
		 * The meta object literal for the '<em><b>Clock Skew Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_PROFILE__CLOCK_SKEW_SECONDS = eINSTANCE.getSyncProfile_ClockSkewSeconds();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.EndpointImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__URI = eINSTANCE.getEndpoint_Uri();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__OPTIONS = eINSTANCE.getEndpoint_Options();

		/**
		 * The meta object literal for the '<em><b>Credential Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__CREDENTIAL_REF = eINSTANCE.getEndpoint_CredentialRef();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.ConnectorOptionImpl <em>Connector Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.ConnectorOptionImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getConnectorOption()
		 * @generated
		 */
		EClass CONNECTOR_OPTION = eINSTANCE.getConnectorOption();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR_OPTION__KEY = eINSTANCE.getConnectorOption_Key();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR_OPTION__TYPE = eINSTANCE.getConnectorOption_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONNECTOR_OPTION__VALUE = eINSTANCE.getConnectorOption_Value();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.ComparisonImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__METHOD = eINSTANCE.getComparison_Method();

		/**
		 * The meta object literal for the '<em><b>Mtime Tolerance Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__MTIME_TOLERANCE_SECONDS = eINSTANCE.getComparison_MtimeToleranceSeconds();

		/**
		 * The meta object literal for the '<em><b>Checksum Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__CHECKSUM_ALGORITHM = eINSTANCE.getComparison_ChecksumAlgorithm();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.FilterImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Includes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__INCLUDES = eINSTANCE.getFilter_Includes();

		/**
		 * The meta object literal for the '<em><b>Excludes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__EXCLUDES = eINSTANCE.getFilter_Excludes();

		/**
		 * The meta object literal for the '<em><b>Exclude Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__EXCLUDE_HIDDEN = eINSTANCE.getFilter_ExcludeHidden();

		/**
		 * The meta object literal for the '<em><b>File Blacklist</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__FILE_BLACKLIST = eINSTANCE.getFilter_FileBlacklist();

		/**
		 * The meta object literal for the '<em><b>Directory Blacklist</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__DIRECTORY_BLACKLIST = eINSTANCE.getFilter_DirectoryBlacklist();

		/**
		 * The meta object literal for the '<em><b>Min Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__MIN_SIZE_BYTES = eINSTANCE.getFilter_MinSizeBytes();

		/**
		 * The meta object literal for the '<em><b>Max Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__MAX_SIZE_BYTES = eINSTANCE.getFilter_MaxSizeBytes();

		/**
		 * The meta object literal for the '<em><b>Max Age Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__MAX_AGE_DAYS = eINSTANCE.getFilter_MaxAgeDays();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.VersioningPolicyImpl <em>Versioning Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.VersioningPolicyImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getVersioningPolicy()
		 * @generated
		 */
		EClass VERSIONING_POLICY = eINSTANCE.getVersioningPolicy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERSIONING_POLICY__KIND = eINSTANCE.getVersioningPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERSIONING_POLICY__COUNT = eINSTANCE.getVersioningPolicy_Count();

		/**
		 * The meta object literal for the '<em><b>Max Age Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERSIONING_POLICY__MAX_AGE_DAYS = eINSTANCE.getVersioningPolicy_MaxAgeDays();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERSIONING_POLICY__LOCATION = eINSTANCE.getVersioningPolicy_Location();

		/**
		 * The meta object literal for the '<em><b>Max Total Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES = eINSTANCE.getVersioningPolicy_MaxTotalSizeBytes();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.ScheduleImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__KIND = eINSTANCE.getSchedule_Kind();

		/**
		 * The meta object literal for the '<em><b>Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__INTERVAL = eINSTANCE.getSchedule_Interval();

		/**
		 * The meta object literal for the '<em><b>Interval Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__INTERVAL_UNIT = eINSTANCE.getSchedule_IntervalUnit();

		/**
		 * The meta object literal for the '<em><b>Cron Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__CRON_EXPRESSION = eINSTANCE.getSchedule_CronExpression();

		/**
		 * The meta object literal for the '<em><b>Debounce Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DEBOUNCE_MILLIS = eINSTANCE.getSchedule_DebounceMillis();

		/**
		 * The meta object literal for the '<em><b>Poll Interval Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__POLL_INTERVAL_SECONDS = eINSTANCE.getSchedule_PollIntervalSeconds();

		/**
		 * The meta object literal for the '<em><b>Rescan Interval Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__RESCAN_INTERVAL_MINUTES = eINSTANCE.getSchedule_RescanIntervalMinutes();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.impl.IntegrityImpl <em>Integrity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.impl.IntegrityImpl
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getIntegrity()
		 * @generated
		 */
		EClass INTEGRITY = eINSTANCE.getIntegrity();

		/**
		 * The meta object literal for the '<em><b>Verify After Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY__VERIFY_AFTER_COPY = eINSTANCE.getIntegrity_VerifyAfterCopy();

		/**
		 * The meta object literal for the '<em><b>Hash Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY__HASH_ALGORITHM = eINSTANCE.getIntegrity_HashAlgorithm();

		/**
		 * The meta object literal for the '<em><b>Manifest After Sync</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY__MANIFEST_AFTER_SYNC = eINSTANCE.getIntegrity_ManifestAfterSync();

		/**
		 * The meta object literal for the '<em><b>Scrub Interval Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY__SCRUB_INTERVAL_DAYS = eINSTANCE.getIntegrity_ScrubIntervalDays();

		/**
		 * The meta object literal for the '<em><b>Manifests To Keep</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRITY__MANIFESTS_TO_KEEP = eINSTANCE.getIntegrity_ManifestsToKeep();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.Direction
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.ComparisonMethod <em>Comparison Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.ComparisonMethod
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getComparisonMethod()
		 * @generated
		 */
		EEnum COMPARISON_METHOD = eINSTANCE.getComparisonMethod();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.HashAlgorithm <em>Hash Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.HashAlgorithm
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getHashAlgorithm()
		 * @generated
		 */
		EEnum HASH_ALGORITHM = eINSTANCE.getHashAlgorithm();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.ConflictPolicy <em>Conflict Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.ConflictPolicy
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getConflictPolicy()
		 * @generated
		 */
		EEnum CONFLICT_POLICY = eINSTANCE.getConflictPolicy();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.VersioningKind <em>Versioning Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.VersioningKind
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getVersioningKind()
		 * @generated
		 */
		EEnum VERSIONING_KIND = eINSTANCE.getVersioningKind();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.ScheduleKind <em>Schedule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.ScheduleKind
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getScheduleKind()
		 * @generated
		 */
		EEnum SCHEDULE_KIND = eINSTANCE.getScheduleKind();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.IntervalUnit <em>Interval Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.IntervalUnit
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getIntervalUnit()
		 * @generated
		 */
		EEnum INTERVAL_UNIT = eINSTANCE.getIntervalUnit();

		/**
		 * The meta object literal for the '{@link org.karma.model.profile.OptionType <em>Option Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.karma.model.profile.OptionType
		 * @see org.karma.model.profile.impl.ProfilePackageImpl#getOptionType()
		 * @generated
		 */
		EEnum OPTION_TYPE = eINSTANCE.getOptionType();

	}

} //ProfilePackage
