package org.vre.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The user guide, shipped inside this bundle (help/), readable offline without a help server. */
public final class HelpView extends ViewPart {

    static final List<String> CHAPTERS = List.of("USER-GUIDE.md", "user-guide/data-lake.md", "user-guide/moving-data.md",
            "user-guide/xrootd.md", "user-guide/workflows.md", "user-guide/running-workflows.md",
            "user-guide/looking-at-data.md");

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        Combo chapters = new Combo(page, SWT.READ_ONLY);
        List<String> present = CHAPTERS.stream().filter(c -> HelpView.class.getResource("/help/" + c) != null).toList();
        chapters.setItems(present.toArray(String[]::new));
        text = new StyledText(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(8, 8, 8, 8);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        chapters.addListener(SWT.Selection, e -> text.setText(read(chapters.getText())));
        if (!present.isEmpty()) {
            chapters.select(0);
            text.setText(read(present.get(0)));
        } else {
            text.setText("The user guide is not packaged in this build.");
        }
    }

    static String read(String chapter) {
        try (InputStream in = HelpView.class.getResourceAsStream("/help/" + chapter)) {
            return in == null ? "missing: " + chapter : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot read " + chapter + ": " + e.getMessage();
        }
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
