package org.vre.ui.lake;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.vre.core.VreException;
import org.vre.ui.LakePreferences;

/**
 * Window > Preferences > VRE Workbench > Lakes: the lake the desktop opens (a folder, or a PostgreSQL catalogue's
 * jdbc: URL with its user; the password goes to Eclipse's secure storage), and a list of other lakes to switch to.
 * OK switches the open views to the chosen lake.
 */
public final class LakeConnectionsPage extends PreferencePage implements IWorkbenchPreferencePage {

    private ScopedPreferenceStore store;
    private Text lake;
    private Text user;
    private Text password;
    private boolean passwordTyped;
    private List known;

    @Override
    public void init(IWorkbench workbench) {
        store = LakePreferences.store();
        setPreferenceStore(store);
        setDescription("The lake the desktop works on. The embedded lake is a folder; a shared lake is a PostgreSQL"
                + " catalogue (jdbc:postgresql://host:5432/db).");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        new Label(form, SWT.NONE).setText("Lake (folder or jdbc: URL):");
        lake = new Text(form, SWT.BORDER);
        lake.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        lake.setText(store.getString(LakePreferences.LAKE_LOCATION));
        new Label(form, SWT.NONE).setText("Catalogue user:");
        user = new Text(form, SWT.BORDER);
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        user.setText(store.getString(LakeConnections.USER));
        new Label(form, SWT.NONE).setText("Password:");
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        password.setMessage("kept in the secure storage; empty keeps the saved one");
        password.addModifyListener(e -> passwordTyped = true);
        lake.addModifyListener(e -> check());

        Label knownLabel = new Label(form, SWT.NONE);
        knownLabel.setText("Other lakes:");
        knownLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        known = new List(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData knownData = new GridData(SWT.FILL, SWT.FILL, true, true);
        knownData.heightHint = 100;
        known.setLayoutData(knownData);
        Arrays.stream(store.getString(LakeConnections.KNOWN).split("\n")).filter(s -> !s.isBlank()).forEach(known::add);
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "Remember", () -> {
            String value = lake.getText().trim();
            if (!value.isEmpty() && known.indexOf(value) < 0) {
                known.add(value);
            }
        });
        button(buttons, "Use", () -> {
            if (known.getSelectionIndex() >= 0) {
                lake.setText(known.getItem(known.getSelectionIndex()));
            }
        });
        button(buttons, "Forget", () -> {
            if (known.getSelectionIndex() >= 0) {
                known.remove(known.getSelectionIndex());
            }
        });
        return form;
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> run.run());
    }

    private void check() {
        String value = lake.getText().trim();
        String problem = value.isEmpty() ? "Name a lake folder or a jdbc: URL"
                : value.indexOf('\0') >= 0 ? "The lake folder contains NUL" : null;
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    public boolean performOk() {
        String value = lake.getText().trim();
        store.setValue(LakePreferences.LAKE_LOCATION, value);
        store.setValue(LakeConnections.USER, user.getText().trim());
        store.setValue(LakeConnections.KNOWN, String.join("\n", known.getItems()));
        try {
            if (passwordTyped && value.startsWith("jdbc:")) {
                LakePasswords.put(value, password.getText());
            }
            store.save();
        } catch (IOException | VreException e) {
            setErrorMessage("Cannot save: " + e.getMessage());
            return false;
        }
        // closing the old catalogue is I/O: not on the UI thread
        org.eclipse.core.runtime.jobs.Job.create("Switching to the lake " + value, monitor -> {
            LakeSession.connect(null);
        }).schedule();
        return true;
    }
}
