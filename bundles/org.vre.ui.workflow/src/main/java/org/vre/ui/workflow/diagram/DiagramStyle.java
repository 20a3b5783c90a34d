package org.vre.ui.workflow.diagram;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/** Colours and fonts of the diagram in one place. */
public final class DiagramStyle {

    public final Color background = new Color(0xFA, 0xFB, 0xFC);
    public final Color nodeFill = new Color(0xFF, 0xFF, 0xFF);
    public final Color nodeSelected = new Color(0xDD, 0xEB, 0xFA);
    public final Color nodeBorder = new Color(0x5B, 0x79, 0x99);
    public final Color stackFill = new Color(0xE4, 0xE9, 0xEF);
    public final Color text = new Color(0x20, 0x20, 0x20);
    public final Color secondary = new Color(0x66, 0x6E, 0x78);
    public final Color edge = new Color(0x4A, 0x5A, 0x6A);
    public final Color voms = new Color(0x8E, 0x44, 0xAD);
    public final Color rucio = new Color(0x16, 0x8A, 0x5C);
    public final Color error = new Color(0xD0, 0x30, 0x30);
    public final Color warning = new Color(0xE0, 0x9A, 0x10);
    public final Color white = new Color(0xFF, 0xFF, 0xFF);
    public final Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    public final Font normal = JFaceResources.getDefaultFont();
}
