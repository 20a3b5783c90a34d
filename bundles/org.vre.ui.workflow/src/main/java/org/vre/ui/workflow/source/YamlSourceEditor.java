package org.vre.ui.workflow.source;

import org.eclipse.ui.editors.text.TextEditor;

/** The Source page: reana.yaml as text with YAML colouring; problem markers show in its rulers. */
public final class YamlSourceEditor extends TextEditor {

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new YamlSourceConfiguration(getPreferenceStore()));
    }

    /** The text widget, for tests and for the editor's focus handling. */
    public org.eclipse.swt.custom.StyledText textWidget() {
        return getSourceViewer().getTextWidget();
    }
}
