package org.vre.ui.lake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vre.lake.CatalogService;
import org.vre.lake.LakeEventListener;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.lake.storage.root.RootStorageProtocol;
import org.vre.lake.transfer.TransferSettings;

/**
 * The lake the desktop works on: one open catalogue and storage clients shared by the Data Lake, Transfers,
 * Storage and Monitoring views, so an upload in one view is an event the others hear. Opening does I/O: call
 * {@link #current()} from jobs only. {@link #connect} switches to another lake; listeners stay registered.
 */
public final class LakeSession {

    /** Told when the views should show another lake (after {@link #connect}). */
    public interface SwitchListener {
        void switched();
    }

    private static final List<LakeEventListener> EVENT_LISTENERS = new CopyOnWriteArrayList<>();
    private static final List<SwitchListener> SWITCH_LISTENERS = new CopyOnWriteArrayList<>();
    private static LakeSession current;
    private static LakeConfig next;

    private final LakeConfig config;
    private final CatalogService catalog;
    private final StorageRegistry storages;
    private final LakeEventListener relay = event -> EVENT_LISTENERS.forEach(l -> l.onEvent(event));

    private LakeSession(LakeConfig config) {
        this.config = config;
        this.catalog = CatalogStore.open(config);
        this.storages = new StorageRegistry(StorageContext.defaults(),
                List.of(new FileStorageProtocol(), new HttpStorageProtocol(), new RootStorageProtocol()));
        catalog.addListener(relay);
    }

    /** The open lake, opened from the preferences on first use (blocking: jobs only). */
    public static synchronized LakeSession current() {
        if (current == null) {
            LakeConfig config = next != null ? next : LakeConnections.fromPreferences();
            current = new LakeSession(config);
            DemoLake.fillOnFirstStart(current);
        }
        return current;
    }

    /** Closes the open lake and makes {@code config} (null: the preferences' lake) the one views show next. */
    public static void connect(LakeConfig config) {
        synchronized (LakeSession.class) {
            next = config;
            closeCurrent();
        }
        SWITCH_LISTENERS.forEach(SwitchListener::switched);
    }

    /** Closes the open lake (at workbench shutdown); the next {@link #current()} opens it again. */
    public static synchronized void closeCurrent() {
        if (current != null) {
            current.catalog.removeListener(current.relay);
            try {
                current.storages.close();
            } finally {
                current.catalog.close();
                current = null;
            }
        }
    }

    public static void addEventListener(LakeEventListener listener) {
        EVENT_LISTENERS.add(listener);
    }

    public static void removeEventListener(LakeEventListener listener) {
        EVENT_LISTENERS.remove(listener);
    }

    public static void addSwitchListener(SwitchListener listener) {
        SWITCH_LISTENERS.add(listener);
    }

    public static void removeSwitchListener(SwitchListener listener) {
        SWITCH_LISTENERS.remove(listener);
    }

    public CatalogService catalog() {
        return catalog;
    }

    public StorageRegistry storages() {
        return storages;
    }

    public LakeConfig config() {
        return config;
    }

    /** Who acts: the lake's bootstrap admin is the OS user, as for the vre command. */
    public String account() {
        return LakeConfig.osAccount();
    }

    public TransferSettings settings() {
        return TransferSettings.defaults();
    }

    /** For messages: where this lake lives. */
    public String describe() {
        return String.valueOf(catalog.location());
    }
}
