package org.vre.ui.lake;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vre.core.VreException;
import org.vre.lake.DidFilter;

/**
 * The search row above the lake tree: a scope filter and a Rucio DID filter ({@code name=*.root, length>1000}),
 * checked as it is typed (parsing is local, no I/O); Enter searches with the catalogue's search.
 */
final class LakeSearchBar {

    static final String ALL_SCOPES = "(all scopes)";

    private final Combo scope;
    private final Text filter;
    private final Label problem;

    LakeSearchBar(Composite parent, Consumer<LakeSearchBar> search) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        row.setLayout(layout);
        scope = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        scope.setItems(ALL_SCOPES);
        scope.select(0);
        scope.setToolTipText("Show one scope only");
        scope.addListener(SWT.Selection, e -> search.accept(this));
        filter = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.setMessage("Rucio filter, e.g. name=*.root, length>1000 (Enter searches)");
        filter.setToolTipText("Terms key op value joined by ',' (and) or ';' (or). Keys: name (wildcards * ?), type,"
                + " bytes, length, account, created_before, created_after, or any metadata key");
        problem = new Label(row, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.exclude = true;
        problem.setLayoutData(problemData);
        problem.setVisible(false);
        filter.addModifyListener(e -> check());
        filter.addListener(SWT.DefaultSelection, e -> {
            if (check()) {
                search.accept(this);
            }
        });
    }

    /** The scope to show, null for all. */
    String scope() {
        int index = scope.getSelectionIndex();
        return index <= 0 ? null : scope.getItem(index);
    }

    String filter() {
        return filter.getText().trim();
    }

    Text filterField() {
        return filter;
    }

    Combo scopeField() {
        return scope;
    }

    /** The filter's syntax error, or null when it parses. */
    String problem() {
        return problem.getVisible() ? problem.getText() : null;
    }

    /** Fills the scope list, keeping the chosen scope when it is still there. */
    void setScopes(List<String> scopes) {
        String chosen = scope();
        scope.removeAll();
        scope.add(ALL_SCOPES);
        scopes.forEach(scope::add);
        int index = chosen == null ? 0 : scopes.indexOf(chosen) + 1;
        scope.select(Math.max(index, 0));
    }

    private boolean check() {
        String message = null;
        try {
            DidFilter.parse(filter.getText());
        } catch (VreException e) {
            message = e.getMessage();
        }
        boolean show = message != null;
        if (show != problem.getVisible() || show && !message.equals(problem.getText())) {
            problem.setText(show ? message : "");
            problem.setVisible(show);
            ((GridData) problem.getLayoutData()).exclude = !show;
            problem.getParent().getParent().layout(true, true);
        }
        return !show;
    }
}
