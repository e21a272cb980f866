/**
 */
package org.karma.model.profile;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One side of a profile: a location given as a URI, connector options, and a reference to stored credentials.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.karma.model.profile.Endpoint#getUri <em>Uri</em>}</li>
 *   <li>{@link org.karma.model.profile.Endpoint#getOptions <em>Options</em>}</li>
 *   <li>{@link org.karma.model.profile.Endpoint#getCredentialRef <em>Credential Ref</em>}</li>
 * </ul>
 *
 * @see org.karma.model.profile.ProfilePackage#getEndpoint()
 * @model
 * @generated
 */
public interface Endpoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the files are: /path or file:/path, zip:/path/a.zip[!/inner], ftp://, ftps://, sftp://, smb://, s3://, dropbox:/path, gdrive:/path, peer://. Never contains a password: credentials live in secure storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.karma.model.profile.ProfilePackage#getEndpoint_Uri()
	 * @model required="true"
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Endpoint#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.karma.model.profile.ConnectorOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connector options (typed key/values), validated against the options the connector declares; typed on the command line as URI query parameters (?region=eu-west-1&path_style=true).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.karma.model.profile.ProfilePackage#getEndpoint_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConnectorOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Credential Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the credentials in secure storage (see karma credentials); empty when the endpoint needs none or uses the connector's default lookup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credential Ref</em>' attribute.
	 * @see #setCredentialRef(String)
	 * @see org.karma.model.profile.ProfilePackage#getEndpoint_CredentialRef()
	 * @model
	 * @generated
	 */
	String getCredentialRef();

	/**
	 * Sets the value of the '{@link org.karma.model.profile.Endpoint#getCredentialRef <em>Credential Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Ref</em>' attribute.
	 * @see #getCredentialRef()
	 * @generated
	 */
	void setCredentialRef(String value);

} // Endpoint
