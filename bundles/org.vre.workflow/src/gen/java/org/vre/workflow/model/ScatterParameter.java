/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scatter Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * VRE extension: the step runs once per value of this parameter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.ScatterParameter#getName <em>Name</em>}</li>
 *   <li>{@link org.vre.workflow.model.ScatterParameter#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getScatterParameter()
 * @model
 * @generated
 */
public interface ScatterParameter extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getScatterParameter_Name()
	 * @model annotation="http://www.vre.org/workflow/yaml mapKey='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.ScatterParameter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.vre.workflow.model.WorkflowPackage#getScatterParameter_Values()
	 * @model annotation="http://www.vre.org/workflow/yaml mapValue='true'"
	 * @generated
	 */
	EList<String> getValues();

} // ScatterParameter
