/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The workspace the workflow runs in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Workspace#getRootPath <em>Root Path</em>}</li>
 *   <li>{@link org.vre.workflow.model.Workspace#getRetentionDays <em>Retention Days</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends Located {
	/**
	 * Returns the value of the '<em><b>Root Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Path</em>' attribute.
	 * @see #setRootPath(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkspace_RootPath()
	 * @model annotation="http://www.vre.org/workflow/yaml key='root_path'"
	 * @generated
	 */
	String getRootPath();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Workspace#getRootPath <em>Root Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Path</em>' attribute.
	 * @see #getRootPath()
	 * @generated
	 */
	void setRootPath(String value);

	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.RetentionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retention Days</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkspace_RetentionDays()
	 * @model containment="true"
	 *        annotation="http://www.vre.org/workflow/yaml key='retention_days' map='true'"
	 * @generated
	 */
	EList<RetentionRule> getRetentionDays();

} // Workspace
