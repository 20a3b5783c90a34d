package org.vre.lake.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.vre.core.VreException;
import org.vre.lake.AccountType;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.EventQuery;
import org.vre.lake.LakeEvent;
import org.vre.lake.NewFile;
import org.vre.lake.PermissionDeniedException;

class AccountScopeTest {

    @StoreTest
    void usersWriteOnlyInTheirOwnScopes(Lake lake) {
        CatalogService c = lake.catalog();
        c.addAccount("admin", "alice", AccountType.USER, false);
        c.addAccount("admin", "bob", AccountType.USER, false);
        c.addScope("admin", "user.alice", "alice");
        c.addScope("bob", "user.bob", "bob"); // users may add their own user.<name> scope
        c.addFile("alice", new NewFile(Did.parse("user.alice:a.root"), 10L, "00000001"));

        PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
                () -> c.addFile("bob", new NewFile(Did.parse("user.alice:b.root"), 10L, null)));
        assertEquals("account 'bob' may not add DID user.alice:b.root in scope 'user.alice': the scope belongs to 'alice'",
                e.getMessage());
        e = assertThrows(PermissionDeniedException.class, () -> c.addScope("bob", "physics", "bob"));
        assertTrue(e.getMessage().contains("only admins add scopes"), e.getMessage());
        e = assertThrows(PermissionDeniedException.class, () -> c.addAccount("alice", "carol", AccountType.USER, false));
        assertTrue(e.getMessage().contains("only admins may"), e.getMessage());
        e = assertThrows(PermissionDeniedException.class, () -> c.addRse("alice", "X-1", true, Map.of(), java.util.List.of()));
        assertTrue(e.getMessage().contains("may not add RSE X-1"), e.getMessage());
        e = assertThrows(PermissionDeniedException.class, () -> c.addDataset("mallory", Did.parse("user.alice:d"), Map.of()));
        assertTrue(e.getMessage().contains("'mallory' does not exist"), e.getMessage());
        // the admin writes anywhere
        c.addFile("admin", new NewFile(Did.parse("user.alice:c.root"), 1L, null));
        assertTrue(c.findDid(Did.parse("user.alice:c.root")).isPresent());
        assertTrue(c.findDid(Did.parse("user.alice:b.root")).isEmpty(), "a refused call leaves nothing behind");
        // refusals are in the event log too
        try (var failed = c.events(EventQuery.all())) {
            assertTrue(failed.anyMatch(ev -> ev.outcome() == LakeEvent.Outcome.FAILED && ev.account().equals("bob")
                    && ev.type().equals("did.add") && ev.detail().contains("belongs to 'alice'")));
        }
    }

    @StoreTest
    void duplicatesAndBadNamesAreRefused(Lake lake) {
        CatalogService c = lake.catalog();
        assertTrue(assertThrows(VreException.class, () -> c.addAccount("admin", "admin", AccountType.USER, true))
                .getMessage().contains("already exists"));
        assertTrue(assertThrows(VreException.class, () -> c.addScope("admin", "user.admin", "admin"))
                .getMessage().contains("already exists"));
        assertTrue(assertThrows(VreException.class, () -> c.addScope("admin", "bad scope", "admin"))
                .getMessage().contains("is refused"));
        assertTrue(assertThrows(VreException.class, () -> c.addScope("admin", "s1", "nobody"))
                .getMessage().contains("account 'nobody' does not exist"));
        c.addAccount("admin", "fts", AccountType.SERVICE, false);
        assertEquals(AccountType.SERVICE, c.account("fts").type());
    }
}
