/**
 */
package org.vre.workflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named analysis parameter; value is the YAML text of the value, type says how YAML resolved it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.Parameter#getName <em>Name</em>}</li>
 *   <li>{@link org.vre.workflow.model.Parameter#getValue <em>Value</em>}</li>
 *   <li>{@link org.vre.workflow.model.Parameter#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getParameter()
 * @model
 * @generated
 */
public interface Parameter extends Located {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getParameter_Name()
	 * @model annotation="http://www.vre.org/workflow/yaml mapKey='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Parameter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getParameter_Value()
	 * @model annotation="http://www.vre.org/workflow/yaml mapValue='true'"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Parameter#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"string"</code>.
	 * The literals are from the enumeration {@link org.vre.workflow.model.ValueType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vre.workflow.model.ValueType
	 * @see #setType(ValueType)
	 * @see org.vre.workflow.model.WorkflowPackage#getParameter_Type()
	 * @model default="string"
	 * @generated
	 */
	ValueType getType();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.Parameter#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vre.workflow.model.ValueType
	 * @see #getType()
	 * @generated
	 */
	void setType(ValueType value);

} // Parameter
