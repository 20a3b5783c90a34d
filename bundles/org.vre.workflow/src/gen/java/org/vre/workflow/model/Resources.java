/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Resources for the whole workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Resources#getCvmfs <em>Cvmfs</em>}</li>
 *   <li>{@link org.vre.workflow.model.Resources#getKerberos <em>Kerberos</em>}</li>
 *   <li>{@link org.vre.workflow.model.Resources#getVomsProxy <em>Voms Proxy</em>}</li>
 *   <li>{@link org.vre.workflow.model.Resources#getRucio <em>Rucio</em>}</li>
 *   <li>{@link org.vre.workflow.model.Resources#getDask <em>Dask</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getResources()
 * @model
 * @generated
 */
public interface Resources extends Located {
	/**
	 * Returns the value of the '<em><b>Cvmfs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cvmfs</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getResources_Cvmfs()
	 * @model annotation="http://www.vre.org/workflow/yaml key='cvmfs'"
	 * @generated
	 */
	EList<String> getCvmfs();

	/**
	 * Returns the value of the '<em><b>Kerberos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kerberos</em>' attribute.
	 * @see #setKerberos(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getResources_Kerberos()
	 * @model annotation="http://www.vre.org/workflow/yaml key='kerberos'"
	 * @generated
	 */
	Boolean getKerberos();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Resources#getKerberos <em>Kerberos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kerberos</em>' attribute.
	 * @see #getKerberos()
	 * @generated
	 */
	void setKerberos(Boolean value);

	/**
	 * Returns the value of the '<em><b>Voms Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Voms Proxy</em>' attribute.
	 * @see #setVomsProxy(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getResources_VomsProxy()
	 * @model annotation="http://www.vre.org/workflow/yaml key='voms_proxy'"
	 * @generated
	 */
	Boolean getVomsProxy();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Resources#getVomsProxy <em>Voms Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voms Proxy</em>' attribute.
	 * @see #getVomsProxy()
	 * @generated
	 */
	void setVomsProxy(Boolean value);

	/**
	 * Returns the value of the '<em><b>Rucio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rucio</em>' attribute.
	 * @see #setRucio(Boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getResources_Rucio()
	 * @model annotation="http://www.vre.org/workflow/yaml key='rucio'"
	 * @generated
	 */
	Boolean getRucio();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Resources#getRucio <em>Rucio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rucio</em>' attribute.
	 * @see #getRucio()
	 * @generated
	 */
	void setRucio(Boolean value);

	/**
	 * Returns the value of the '<em><b>Dask</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dask</em>' containment reference.
	 * @see #setDask(Dask)
	 * @see org.vre.workflow.model.WorkflowPackage#getResources_Dask()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='dask'"
	 * @generated
	 */
	Dask getDask();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Resources#getDask <em>Dask</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dask</em>' containment reference.
	 * @see #getDask()
	 * @generated
	 */
	void setDask(Dask value);

} // Resources
