package org.vre.lake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.vre.core.VreException;
import org.vre.lake.Account;
import org.vre.lake.AccountType;
import org.vre.lake.Names;
import org.vre.lake.NotFoundException;
import org.vre.lake.PermissionDeniedException;
import org.vre.lake.Scope;

/** Accounts and scopes. */
public final class AccountStore {

    Optional<Account> find(Tx tx, String name) throws SQLException {
        return tx.first("SELECT name, account_type, is_admin, created_at FROM accounts WHERE name = ?",
                AccountStore::account, name);
    }

    public Account get(Tx tx, String name) throws SQLException {
        return find(tx, name).orElseThrow(() -> new NotFoundException("account '" + name + "' does not exist"));
    }

    public List<Account> list(Tx tx) throws SQLException {
        return tx.list("SELECT name, account_type, is_admin, created_at FROM accounts ORDER BY name",
                AccountStore::account);
    }

    /** Inserts without a permission check: used by the bootstrap of a fresh lake and by {@link #add}. */
    Account insert(Tx tx, String name, AccountType type, boolean admin) throws SQLException {
        Names.checkAccount(name);
        if (find(tx, name).isPresent()) {
            throw new VreException("account '" + name + "' already exists");
        }
        tx.update("INSERT INTO accounts (name, account_type, is_admin, created_at) VALUES (?, ?, ?, ?)", name, type,
                admin, tx.nowMillis());
        return new Account(name, type, admin, tx.now());
    }

    public Account add(Tx tx, Permissions permissions, String actor, String name, AccountType type, boolean admin)
            throws SQLException {
        permissions.requireAdmin(tx, actor, "add account '" + name + "'");
        Account a = insert(tx, name, type, admin);
        tx.event(actor, "account.add", name, type + (admin ? " admin" : ""));
        return a;
    }

    Scope insertScope(Tx tx, String scope, String owner) throws SQLException {
        Names.checkScope(scope);
        get(tx, owner);
        if (tx.count("SELECT COUNT(*) FROM scopes WHERE name = ?", scope) > 0) {
            throw new VreException("scope '" + scope + "' already exists");
        }
        tx.update("INSERT INTO scopes (name, owner, created_at) VALUES (?, ?, ?)", scope, owner, tx.nowMillis());
        return new Scope(scope, owner, tx.now());
    }

    public Scope addScope(Tx tx, Permissions permissions, String actor, String scope, String owner)
            throws SQLException {
        Account a = permissions.actor(tx, actor);
        if (!a.admin() && !(owner.equals(actor) && scope.equals("user." + actor))) {
            throw new PermissionDeniedException("account '" + actor + "' may not add scope '" + scope
                    + "': only admins add scopes (others may add their own 'user." + actor + "')");
        }
        Scope s = insertScope(tx, scope, owner);
        tx.event(actor, "scope.add", scope, "owner " + owner);
        return s;
    }

    public List<Scope> listScopes(Tx tx) throws SQLException {
        return tx.list("SELECT name, owner, created_at FROM scopes ORDER BY name",
                rs -> new Scope(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), AccountType.valueOf(rs.getString(2)), rs.getBoolean(3),
                Instant.ofEpochMilli(rs.getLong(4)));
    }
}
