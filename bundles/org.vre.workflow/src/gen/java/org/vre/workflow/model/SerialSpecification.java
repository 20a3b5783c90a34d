/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Serial Specification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The inline specification of a serial workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.SerialSpecification#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getSerialSpecification()
 * @model
 * @generated
 */
public interface SerialSpecification extends Located {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getSerialSpecification_Steps()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='steps'"
	 * @generated
	 */
	EList<Step> getSteps();

} // SerialSpecification
