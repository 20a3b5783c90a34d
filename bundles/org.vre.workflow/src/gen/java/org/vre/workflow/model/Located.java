/**
 */
package org.vre.workflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Located</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where the element starts in its source file (1-based line and column; 0 when the element was made in memory).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Located#getLine <em>Line</em>}</li>
 *   <li>{@link org.vre.workflow.model.Located#getColumn <em>Column</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getLocated()
 * @model abstract="true"
 * @generated
 */
public interface Located extends EObject {
	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.vre.workflow.model.WorkflowPackage#getLocated_Line()
	 * @model transient="true"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Located#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(int)
	 * @see org.vre.workflow.model.WorkflowPackage#getLocated_Column()
	 * @model transient="true"
	 * @generated
	 */
	int getColumn();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Located#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(int value);

} // Located
