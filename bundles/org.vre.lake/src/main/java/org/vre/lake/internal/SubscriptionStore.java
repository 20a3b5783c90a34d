package org.vre.lake.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.NotFoundException;
import org.vre.lake.RuleGrouping;
import org.vre.lake.RuleTemplate;
import org.vre.lake.Subscription;
import org.vre.lake.SubscriptionState;

/**
 * Subscriptions: a filter over new DIDs of one scope plus rule templates. A pass ({@link #run}) looks at the DIDs
 * registered since the subscription's last pass (by id, so none is missed or seen twice) and adds the rules.
 */
final class SubscriptionStore {

    private final Database db;
    private final Permissions permissions;
    private final DidSearch search;
    private final RuleEngine rules;

    SubscriptionStore(Database db, Permissions permissions, DidSearch search, RuleEngine rules) {
        this.db = db;
        this.permissions = permissions;
        this.search = search;
        this.rules = rules;
    }

    Subscription add(Tx tx, String actor, String name, String scope, String filter, List<RuleTemplate> templates,
            String comment) throws SQLException {
        permissions.requireScopeWriter(tx, actor, scope, "subscribe to");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{0,99}")) {
            throw new VreException("subscription name '" + name + "' is refused: 1 to 100 letters, digits, '.', '_', '-'");
        }
        DidFilter.parse(filter);
        if (templates.isEmpty()) {
            throw new VreException("subscription " + name + " needs at least one rule");
        }
        if (tx.count("SELECT COUNT(*) FROM subscriptions WHERE name = ?", name) > 0) {
            throw new VreException("subscription " + name + " already exists");
        }
        String id = UUID.randomUUID().toString();
        // only DIDs registered from now on: a subscription is about new data
        long last = tx.count("SELECT COALESCE(MAX(id), 0) FROM dids");
        tx.update("INSERT INTO subscriptions (id, name, account, scope, filter_text, state, comment_text, last_did_id,"
                + " created_at, last_processed_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, NULL)", id, name, actor, scope,
                filter == null ? "" : filter, comment, last, tx.nowMillis());
        for (int i = 0; i < templates.size(); i++) {
            RuleTemplate t = templates.get(i);
            tx.update("INSERT INTO subscription_rules (subscription_id, rule_position, copies, rse_expression, grouping_kind,"
                    + " source_expression, activity, lifetime_seconds, comment_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    i, t.copies(), t.rseExpression(), t.grouping(), t.sourceExpression(), t.activity(),
                    t.lifetime() == null ? null : t.lifetime().toSeconds(), t.comment());
        }
        tx.event(actor, "subscription.add", name, scope + ": " + filter);
        return get(tx, name);
    }

    Subscription get(Tx tx, String name) throws SQLException {
        return list(tx).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("subscription " + name + " does not exist"));
    }

    List<Subscription> list(Tx tx) throws SQLException {
        List<Object[]> rows = tx.list("SELECT id, name, account, scope, filter_text, state, comment_text, created_at,"
                + " last_processed_at FROM subscriptions ORDER BY name", rs -> {
                    long last = rs.getLong(9);
                    Instant lastAt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                    return new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), lastAt};
                });
        List<Subscription> out = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            List<RuleTemplate> templates = tx.list("SELECT copies, rse_expression, lifetime_seconds, grouping_kind,"
                    + " source_expression, activity, comment_text FROM subscription_rules WHERE subscription_id = ?"
                    + " ORDER BY rule_position", rs -> {
                        long life = rs.getLong(3);
                        Duration lifetime = rs.wasNull() ? null : Duration.ofSeconds(life);
                        return new RuleTemplate(rs.getInt(1), rs.getString(2), lifetime,
                                RuleGrouping.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
                    }, r[0]);
            out.add(new Subscription((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], templates,
                    SubscriptionState.valueOf((String) r[5]), (String) r[6], Instant.ofEpochMilli((Long) r[7]),
                    (Instant) r[8]));
        }
        return out;
    }

    void setState(Tx tx, String actor, String name, SubscriptionState state) throws SQLException {
        Subscription s = get(tx, name);
        permissions.requireOwnerOrAdmin(tx, actor, s.account(), "change subscription " + name);
        tx.update("UPDATE subscriptions SET state = ? WHERE id = ?", state, s.id());
        tx.event(actor, "subscription.state", name, s.state() + " -> " + state);
    }

    int run(String actor, Progress progress) {
        List<Subscription> active = db.read(tx -> {
            permissions.actor(tx, actor);
            return list(tx).stream().filter(s -> s.state() == SubscriptionState.ACTIVE
                    || s.state() == SubscriptionState.NEW || s.state() == SubscriptionState.UPDATED).toList();
        });
        progress.begin("Applying subscriptions", active.size());
        int created = 0;
        for (Subscription s : active) {
            progress.checkCancelled();
            progress.subTask(s.name());
            long since = db.read(tx -> tx.count("SELECT last_did_id FROM subscriptions WHERE id = ?", s.id()));
            long top = db.read(tx -> tx.count("SELECT COALESCE(MAX(id), 0) FROM dids"));
            List<DidDetails> matches;
            try (Stream<DidDetails> found = search.search(s.scope(), DidFilter.parse(s.filter()), false, since)) {
                matches = found.toList();
            }
            int n;
            try {
                n = db.transaction(tx -> {
                    int made = 0;
                    for (DidDetails d : matches) {
                        long id = tx.first("SELECT id FROM dids WHERE scope = ? AND name = ?", rs -> rs.getLong(1),
                                d.did().scope(), d.did().name()).orElse(Long.MAX_VALUE);
                        if (id > top) {
                            continue; // registered after this pass started: the next pass takes it
                        }
                        for (RuleTemplate t : s.rules()) {
                            rules.add(tx, s.account(), t.toSpec(d.did()));
                            made++;
                        }
                    }
                    tx.update("UPDATE subscriptions SET last_did_id = ?, last_processed_at = ? WHERE id = ?", top,
                            tx.nowMillis(), s.id());
                    tx.event(actor, "subscription.run", s.name(), matches.size() + " new DIDs, " + made + " rules");
                    return made;
                });
            } catch (VreException e) {
                // one bad subscription must not block the others: it is marked BROKEN with the reason in the log
                db.transaction(tx -> tx.update("UPDATE subscriptions SET state = 'BROKEN' WHERE id = ?", s.id()));
                db.eventLog().recordFailure(actor, "subscription.run", s.name(), e.getMessage());
                n = 0;
            }
            created += n;
            progress.worked(1);
        }
        return created;
    }
}
