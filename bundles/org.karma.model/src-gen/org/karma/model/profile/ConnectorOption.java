/**
 */
package org.karma.model.profile;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connector Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed connector option of an endpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.ConnectorOption#getKey <em>Key</em>}</li>
 *   <li>{@link org.karma.model.profile.ConnectorOption#getType <em>Type</em>}</li>
 *   <li>{@link org.karma.model.profile.ConnectorOption#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getConnectorOption()
 * @model
 * @generated
 */
public interface ConnectorOption extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Option key as declared by the connector, e.g. region, path_style, concurrency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.karma.model.profile.ProfilePackage#getConnectorOption_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.ConnectorOption#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"STRING"</code>.
	 * The literals are from the enumeration {@link org.karma.model.profile.OptionType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Type of the value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.karma.model.profile.OptionType
	 * @see #setType(OptionType)
	 * @see org.karma.model.profile.ProfilePackage#getConnectorOption_Type()
	 * @model default="STRING"
	 * @generated
	 */
	OptionType getType();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.ConnectorOption#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.karma.model.profile.OptionType
	 * @see #getType()
	 * @generated
	 */
	void setType(OptionType value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value in its canonical text form (integers in decimal, booleans as true or false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.karma.model.profile.ProfilePackage#getConnectorOption_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.ConnectorOption#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // ConnectorOption
