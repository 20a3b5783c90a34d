package org.vre.ui;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > VRE Workbench: the local lake's folder. */
public final class LakePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public LakePreferencePage() {
        super(GRID);
        setDescription("The embedded local lake (catalogue and storage) used by the desktop, the vre command and"
                + " workflow steps started from here.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(LakePreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(LakePreferences.LAKE_LOCATION, "Local lake folder:", getFieldEditorParent()));
    }
}
