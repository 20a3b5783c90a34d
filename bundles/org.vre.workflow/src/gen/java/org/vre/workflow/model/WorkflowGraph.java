/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Read-only graph of the steps of a yadage or CWL workflow, read from the referenced files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.WorkflowGraph#getPath <em>Path</em>}</li>
 *   <li>{@link org.vre.workflow.model.WorkflowGraph#getNodes <em>Nodes</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getWorkflowGraph()
 * @model
 * @generated
 */
public interface WorkflowGraph extends Located {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflowGraph_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.WorkflowGraph#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.vre.workflow.model.GraphNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getWorkflowGraph_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<GraphNode> getNodes();

} // WorkflowGraph
