/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Graph Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage (yadage) or step (CWL) and the nodes it depends on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.GraphNode#getName <em>Name</em>}</li>
 *   <li>{@link org.vre.workflow.model.GraphNode#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vre.workflow.model.GraphNode#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.vre.workflow.model.GraphNode#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.vre.workflow.model.GraphNode#isScattered <em>Scattered</em>}</li>
 *   <li>{@link org.vre.workflow.model.GraphNode#getDependencies <em>Dependencies</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode()
 * @model
 * @generated
 */
public interface GraphNode extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.GraphNode#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.GraphNode#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Environment</em>' attribute.
	 * @see #setEnvironment(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_Environment()
	 * @model
	 * @generated
	 */
	String getEnvironment();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.GraphNode#getEnvironment <em>Environment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' attribute.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.GraphNode#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Scattered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scattered</em>' attribute.
	 * @see #setScattered(boolean)
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_Scattered()
	 * @model
	 * @generated
	 */
	boolean isScattered();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.GraphNode#isScattered <em>Scattered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scattered</em>' attribute.
	 * @see #isScattered()
	 * @generated
	 */
	void setScattered(boolean value);

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' reference list.
	 * The list contents are of type {@link org.vre.workflow.model.GraphNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependencies</em>' reference list.
	 * @see org.vre.workflow.model.WorkflowPackage#getGraphNode_Dependencies()
	 * @model
	 * @generated
	 */
	EList<GraphNode> getDependencies();

} // GraphNode
