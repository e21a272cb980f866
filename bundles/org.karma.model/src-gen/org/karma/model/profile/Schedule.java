/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When a profile runs by itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.Schedule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getIntervalUnit <em>Interval Unit</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getCronExpression <em>Cron Expression</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getDebounceMillis <em>Debounce Millis</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getPollIntervalSeconds <em>Poll Interval Seconds</em>}</li>
 *   <li>{@link org.karma.model.profile.Schedule#getRescanIntervalMinutes <em>Rescan Interval Minutes</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getSchedule()
 * @model
 * @generated
 */
public interface Schedule extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"MANUAL"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.ScheduleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of schedule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.karma.model.profile.ScheduleKind
	 * @see #setKind(ScheduleKind)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_Kind()
	 * @model default="MANUAL"
	 * @generated
	 */
	ScheduleKind getKind();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.karma.model.profile.ScheduleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ScheduleKind value);

	/**
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INTERVAL: run every this many units (1 to 10000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(int)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_Interval()
	 * @model default="1"
	 * @generated
	 */
	int getInterval();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(int value);

	/**
	 * Returns the value of the '<em><b>Interval Unit</b></em>' attribute.
	 * The default value is <code>"HOURS"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.IntervalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * INTERVAL: the unit of the interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval Unit</em>' attribute.
	 * @see org.karma.model.profile.IntervalUnit
	 * @see #setIntervalUnit(IntervalUnit)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_IntervalUnit()
	 * @model default="HOURS"
	 * @generated
	 */
	IntervalUnit getIntervalUnit();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getIntervalUnit <em>Interval Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Unit</em>' attribute.
	 * @see org.karma.model.profile.IntervalUnit
	 * @see #getIntervalUnit()
	 * @generated
	 */
	void setIntervalUnit(IntervalUnit value);

	/**
	 * Returns the value of the '<em><b>Cron Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CRON: a standard 5-field expression (minute hour day-of-month month day-of-week), e.g. '30 2 * * 1-5', or @hourly, @daily, @weekly, @monthly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cron Expression</em>' attribute.
	 * @see #setCronExpression(String)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_CronExpression()
	 * @model
	 * @generated
	 */
	String getCronExpression();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getCronExpression <em>Cron Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cron Expression</em>' attribute.
	 * @see #getCronExpression()
	 * @generated
	 */
	void setCronExpression(String value);

	/**
	 * Returns the value of the '<em><b>Debounce Millis</b></em>' attribute.
	 * The default value is <code>"800"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * REAL_TIME: quiet time after the last file event before a run starts (100 to 600000 ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Debounce Millis</em>' attribute.
	 * @see #setDebounceMillis(int)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_DebounceMillis()
	 * @model default="800"
	 * @generated
	 */
	int getDebounceMillis();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getDebounceMillis <em>Debounce Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Debounce Millis</em>' attribute.
	 * @see #getDebounceMillis()
	 * @generated
	 */
	void setDebounceMillis(int value);

	/**
	 * Returns the value of the '<em><b>Poll Interval Seconds</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * REAL_TIME: how often remote endpoints without a change feed are polled (5 to 86400 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Poll Interval Seconds</em>' attribute.
	 * @see #setPollIntervalSeconds(int)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_PollIntervalSeconds()
	 * @model default="60"
	 * @generated
	 */
	int getPollIntervalSeconds();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getPollIntervalSeconds <em>Poll Interval Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Poll Interval Seconds</em>' attribute.
	 * @see #getPollIntervalSeconds()
	 * @generated
	 */
	void setPollIntervalSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Rescan Interval Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * REAL_TIME: a full rescan runs this often to catch missed events (0 disables; up to 10080).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rescan Interval Minutes</em>' attribute.
	 * @see #setRescanIntervalMinutes(int)
	 * @see org.karma.model.profile.ProfilePackage#getSchedule_RescanIntervalMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getRescanIntervalMinutes();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Schedule#getRescanIntervalMinutes <em>Rescan Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rescan Interval Minutes</em>' attribute.
	 * @see #getRescanIntervalMinutes()
	 * @generated
	 */
	void setRescanIntervalMinutes(int value);

} // Schedule
