/**
 */
package org.vre.workflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vre.workflow.model.Outputs;
import org.vre.workflow.model.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outputs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vre.workflow.model.impl.OutputsImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vre.workflow.model.impl.OutputsImpl#getDirectories <em>Directories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutputsImpl extends LocatedImpl implements Outputs {
	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> files;

	/**
	 * The cached value of the '{@link #getDirectories() <em>Directories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> directories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutputsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.OUTPUTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFiles() {
		if (files == null) {
			files = new EDataTypeUniqueEList<String>(String.class, this, WorkflowPackage.OUTPUTS__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDirectories() {
		if (directories == null) {
			directories = new EDataTypeUniqueEList<String>(String.class, this, WorkflowPackage.OUTPUTS__DIRECTORIES);
		}
		return directories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WorkflowPackage.OUTPUTS__FILES:
				return getFiles();
			case WorkflowPackage.OUTPUTS__DIRECTORIES:
				return getDirectories();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WorkflowPackage.OUTPUTS__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends String>)newValue);
				return;
			case WorkflowPackage.OUTPUTS__DIRECTORIES:
				getDirectories().clear();
				getDirectories().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WorkflowPackage.OUTPUTS__FILES:
				getFiles().clear();
				return;
			case WorkflowPackage.OUTPUTS__DIRECTORIES:
				getDirectories().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WorkflowPackage.OUTPUTS__FILES:
				return files != null && !files.isEmpty();
			case WorkflowPackage.OUTPUTS__DIRECTORIES:
				return directories != null && !directories.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (files: ");
		result.append(files);
		result.append(", directories: ");
		result.append(directories);
		result.append(')');
		return result.toString();
	}

} //OutputsImpl
