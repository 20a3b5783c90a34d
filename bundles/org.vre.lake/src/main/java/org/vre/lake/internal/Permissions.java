package org.vre.lake.internal;

import java.sql.SQLException;

import org.vre.lake.Account;
import org.vre.lake.AccountType;
import org.vre.lake.NotFoundException;
import org.vre.lake.PermissionDeniedException;

/**
 * Who may do what: admins everything; an account writes DIDs and replicas only in scopes it owns; RSEs and
 * accounts are admin business; transfer requests belong to admins and SERVICE accounts (the transfer daemons).
 */
final class Permissions {

    private final AccountStore accounts;

    Permissions(AccountStore accounts) {
        this.accounts = accounts;
    }

    Account actor(Tx tx, String actor) throws SQLException {
        if (actor == null || actor.isBlank()) {
            throw new PermissionDeniedException("no acting account given");
        }
        return accounts.find(tx, actor).orElseThrow(() -> new PermissionDeniedException(
                "account '" + actor + "' does not exist in this lake: ask an admin of the lake to add it"));
    }

    Account requireAdmin(Tx tx, String actor, String action) throws SQLException {
        Account a = actor(tx, actor);
        if (!a.admin()) {
            throw new PermissionDeniedException("account '" + actor + "' may not " + action + ": only admins may");
        }
        return a;
    }

    Account requireScopeWriter(Tx tx, String actor, String scope, String action) throws SQLException {
        Account a = actor(tx, actor);
        String owner = tx.first("SELECT owner FROM scopes WHERE name = ?", rs -> rs.getString(1), scope)
                .orElseThrow(() -> new NotFoundException("scope '" + scope + "' does not exist"));
        if (!a.admin() && !owner.equals(actor)) {
            throw new PermissionDeniedException("account '" + actor + "' may not " + action + " in scope '" + scope
                    + "': the scope belongs to '" + owner + "'");
        }
        return a;
    }

    Account requireTransferService(Tx tx, String actor, String action) throws SQLException {
        Account a = actor(tx, actor);
        if (!a.admin() && a.type() != AccountType.SERVICE) {
            throw new PermissionDeniedException("account '" + actor + "' may not " + action
                    + ": only admins and SERVICE accounts run transfers");
        }
        return a;
    }

    /** The rule owner, or an admin. */
    Account requireOwnerOrAdmin(Tx tx, String actor, String owner, String action) throws SQLException {
        Account a = actor(tx, actor);
        if (!a.admin() && !owner.equals(actor)) {
            throw new PermissionDeniedException("account '" + actor + "' may not " + action + ": it belongs to '"
                    + owner + "'");
        }
        return a;
    }
}
