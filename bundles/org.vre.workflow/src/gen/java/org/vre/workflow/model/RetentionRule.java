/**
 */
package org.vre.workflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retention Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many days files matching a pattern are kept.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.RetentionRule#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.vre.workflow.model.RetentionRule#getDays <em>Days</em>}</li>
 * </ul>
 *
 * @see org.vre.workflow.model.WorkflowPackage#getRetentionRule()
 * @model
 * @generated
 */
public interface RetentionRule extends Located {
	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.vre.workflow.model.WorkflowPackage#getRetentionRule_Pattern()
	 * @model annotation="http://www.vre.org/workflow/yaml mapKey='true'"
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.RetentionRule#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days</em>' attribute.
	 * @see #setDays(Integer)
	 * @see org.vre.workflow.model.WorkflowPackage#getRetentionRule_Days()
	 * @model annotation="http://www.vre.org/workflow/yaml mapValue='true'"
	 * @generated
	 */
	Integer getDays();

	/**
	 * Sets the value of the '{@link org.vre.workflow.model.RetentionRule#getDays <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days</em>' attribute.
	 * @see #getDays()
	 * @generated
	 */
	void setDays(Integer value);

} // RetentionRule
