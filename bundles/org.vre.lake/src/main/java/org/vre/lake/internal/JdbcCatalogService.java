package org.vre.lake.internal;

import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.lake.Account;
import org.vre.lake.AccountType;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidFilter;
import org.vre.lake.DidType;
import org.vre.lake.EventQuery;
import org.vre.lake.FileReplicas;
import org.vre.lake.LakeEvent;
import org.vre.lake.LakeEventListener;
import org.vre.lake.NewFile;
import org.vre.lake.NewReplica;
import org.vre.lake.Pfn;
import org.vre.lake.ReapResult;
import org.vre.lake.Replica;
import org.vre.lake.ReplicaDeleter;
import org.vre.lake.ReplicaLock;
import org.vre.lake.ReplicaState;
import org.vre.lake.Rse;
import org.vre.lake.RseProtocol;
import org.vre.lake.Rule;
import org.vre.lake.RuleSpec;
import org.vre.lake.RuleTemplate;
import org.vre.lake.Scope;
import org.vre.lake.Subscription;
import org.vre.lake.SubscriptionState;
import org.vre.lake.TransferQuery;
import org.vre.lake.TransferRequest;
import org.vre.lake.catalog.LakeConfig;

/**
 * The catalogue over JDBC. Each public call is one transaction; a failed mutating call is also written to the
 * event log (outcome FAILED) so the monitoring sees refusals too.
 */
public final class JdbcCatalogService implements CatalogService {

    /** Files registered in bulk after which PostgreSQL's statistics are refreshed. */
    private static final int ANALYZE_EVERY = 50_000;

    private final Database db;
    private final URI location;
    private final java.util.concurrent.atomic.AtomicLong bulkSinceAnalyze = new java.util.concurrent.atomic.AtomicLong();
    private final AccountStore accounts = new AccountStore();
    private final Permissions permissions = new Permissions(accounts);
    private final DidStore dids;
    private final DidSearch search;
    private final RseStore rses;
    private final ReplicaStore replicas;
    private final RuleEngine rules;
    private final TransferQueue transfers;
    private final Reaper reaper;
    private final SubscriptionStore subscriptions;

    private JdbcCatalogService(Database db, LakeConfig config, URI location) {
        this.db = db;
        this.location = location;
        this.dids = new DidStore(db, permissions);
        this.search = new DidSearch(db);
        this.rses = new RseStore(permissions);
        this.replicas = new ReplicaStore(db, permissions, dids, rses);
        this.rules = new RuleEngine(permissions, dids, rses);
        this.replicas.setRuleEngine(rules);
        this.transfers = new TransferQueue(permissions, rules, config.maxTransferAttempts());
        this.reaper = new Reaper(db, permissions, replicas);
        this.subscriptions = new SubscriptionStore(db, permissions, search, rules);
    }

    public static JdbcCatalogService open(LakeConfig config) {
        Dialect dialect = Dialect.ofUrl(config.jdbcUrl());
        URI location;
        if (dialect == Dialect.H2) {
            // the automatic mixed mode serves other processes over TCP: keep that on loopback only
            if (System.getProperty("h2.bindAddress") == null) {
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
            try {
                Files.createDirectories(config.lakeDir());
            } catch (java.io.IOException e) {
                throw new VreException("cannot create the lake folder " + config.lakeDir() + ": " + e.getMessage(), e);
            }
            location = config.lakeDir().toUri();
        } else {
            location = URI.create(config.jdbcUrl().replaceAll("(?i)password=[^&;]*", "password=***"));
        }
        Properties properties = new Properties();
        if (config.user() != null && !config.user().isEmpty()) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null && !config.password().isEmpty()) {
            properties.setProperty("password", config.password());
        }
        Database db = new Database(config.jdbcUrl(), properties, config.clock(),
                dialect == Dialect.H2 ? config.lakeDir().toString() : location.toString());
        try {
            JdbcCatalogService service = new JdbcCatalogService(db, config, location);
            LakeBootstrap.prepare(db, config, service.accounts, service.rses);
            return service;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private <T> T write(String actor, String type, Object target, SqlFunction<T> work) {
        try {
            return db.transaction(work);
        } catch (RuntimeException e) {
            db.eventLog().recordFailure(actor, type, String.valueOf(target), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    // ---- accounts and scopes

    @Override
    public Account account(String name) {
        return db.read(tx -> accounts.get(tx, name));
    }

    @Override
    public Account addAccount(String actor, String name, AccountType type, boolean admin) {
        return write(actor, "account.add", name, tx -> accounts.add(tx, permissions, actor, name, type, admin));
    }

    @Override
    public List<Account> listAccounts() {
        return db.read(accounts::list);
    }

    @Override
    public Scope addScope(String actor, String scope, String owner) {
        return write(actor, "scope.add", scope, tx -> accounts.addScope(tx, permissions, actor, scope, owner));
    }

    @Override
    public List<Scope> listScopes() {
        return db.read(accounts::listScopes);
    }

    // ---- DIDs

    @Override
    public DidDetails addFile(String actor, NewFile file) {
        return write(actor, "did.add", file.did(), tx -> dids.addFile(tx, actor, file));
    }

    @Override
    public DidDetails addDataset(String actor, Did did, Map<String, Object> metadata) {
        return write(actor, "did.add", did, tx -> dids.addCollection(tx, actor, did, DidType.DATASET,
                metadata == null ? Map.of() : metadata));
    }

    @Override
    public DidDetails addContainer(String actor, Did did, Map<String, Object> metadata) {
        return write(actor, "did.add", did, tx -> dids.addCollection(tx, actor, did, DidType.CONTAINER,
                metadata == null ? Map.of() : metadata));
    }

    @Override
    public int addFiles(String actor, Did dataset, List<NewFile> files, Progress progress) {
        int n = write(actor, "did.add-files", dataset, tx -> dids.addFiles(tx, actor, dataset, files, progress));
        if (bulkSinceAnalyze.addAndGet(n) >= ANALYZE_EVERY) {
            bulkSinceAnalyze.set(0);
            db.analyze();
        }
        return n;
    }

    @Override
    public DidDetails did(Did did) {
        return db.read(tx -> dids.require(tx, did).details());
    }

    @Override
    public Optional<DidDetails> findDid(Did did) {
        return db.read(tx -> dids.find(tx, did).map(DidRow::details));
    }

    @Override
    public void attach(String actor, Did parent, List<Did> children) {
        write(actor, "did.attach", parent, tx -> {
            dids.attach(tx, actor, parent, children);
            return null;
        });
    }

    @Override
    public void detach(String actor, Did parent, List<Did> children) {
        write(actor, "did.detach", parent, tx -> {
            dids.detach(tx, actor, parent, children);
            return null;
        });
    }

    @Override
    public void setOpen(String actor, Did collection, boolean open) {
        write(actor, open ? "did.open" : "did.close", collection, tx -> {
            dids.setOpen(tx, actor, collection, open);
            return null;
        });
    }

    @Override
    public Stream<DidDetails> listContent(Did collection) {
        return dids.listContent(collection);
    }

    @Override
    public Stream<DidDetails> listRoots(String scope) {
        return dids.listRoots(scope);
    }

    @Override
    public Stream<DidDetails> listFiles(Did did) {
        return dids.listFiles(did);
    }

    @Override
    public List<Did> listParents(Did did) {
        return dids.listParents(did);
    }

    @Override
    public Stream<DidDetails> searchDids(String scope, DidFilter filter, boolean recursive) {
        return search.search(scope, filter, recursive);
    }

    @Override
    public void setMetadata(String actor, Did did, Map<String, Object> metadata) {
        write(actor, "did.set-metadata", did, tx -> {
            dids.setMetadata(tx, actor, did, metadata);
            return null;
        });
    }

    @Override
    public Map<String, Object> metadata(Did did) {
        return dids.metadata(did);
    }

    // ---- RSEs

    @Override
    public Rse addRse(String actor, String name, boolean deterministic, Map<String, String> attributes,
            List<RseProtocol> protocols) {
        return write(actor, "rse.add", name, tx -> rses.add(tx, actor, name, deterministic, attributes, protocols));
    }

    @Override
    public Rse rse(String name) {
        return db.read(tx -> rses.get(tx, name));
    }

    @Override
    public List<Rse> listRses() {
        return db.read(rses::list);
    }

    @Override
    public List<Rse> listRses(String expression) {
        return db.read(tx -> rses.select(tx, expression));
    }

    @Override
    public void setRseAttributes(String actor, String rse, Map<String, String> attributes) {
        write(actor, "rse.set-attribute", rse, tx -> {
            rses.setAttributes(tx, actor, rse, attributes);
            return null;
        });
    }

    @Override
    public void removeRseAttribute(String actor, String rse, String key) {
        write(actor, "rse.remove-attribute", rse, tx -> {
            rses.removeAttribute(tx, actor, rse, key);
            return null;
        });
    }

    @Override
    public void addProtocol(String actor, String rse, RseProtocol protocol) {
        write(actor, "rse.add-protocol", rse, tx -> {
            rses.addProtocol(tx, actor, rse, protocol);
            return null;
        });
    }

    @Override
    public void removeProtocol(String actor, String rse, String scheme) {
        write(actor, "rse.remove-protocol", rse, tx -> {
            rses.removeProtocol(tx, actor, rse, scheme);
            return null;
        });
    }

    @Override
    public void deleteRse(String actor, String rse) {
        write(actor, "rse.delete", rse, tx -> {
            rses.delete(tx, actor, rse);
            return null;
        });
    }

    @Override
    public List<Pfn> pfns(String rse, Did did, RseProtocol.Operation operation) {
        return db.read(tx -> replicas.pfns(tx, rse, did, operation));
    }

    // ---- replicas

    @Override
    public void addReplicas(String actor, String rse, List<Did> files, ReplicaState state, String path) {
        write(actor, "replica.add", rse, tx -> {
            replicas.addReplicas(tx, actor, rse, files, state == null ? ReplicaState.AVAILABLE : state, path);
            return null;
        });
    }

    @Override
    public int registerAvailable(String actor, String rse, List<NewReplica> list) {
        return write(actor, "replica.register", rse, tx -> replicas.registerAvailable(tx, actor, rse, list));
    }

    @Override
    public Optional<Replica> findReplica(String rse, Did did) {
        return db.read(tx -> replicas.find(tx, rse, did));
    }

    @Override
    public Stream<FileReplicas> listReplicas(Did did, Set<String> schemes) {
        return replicas.listReplicas(did, schemes == null ? Set.of() : schemes);
    }

    @Override
    public Stream<Replica> listReplicasOnRse(String rse) {
        return replicas.listOnRse(rse);
    }

    @Override
    public void setReplicaState(String actor, String rse, Did did, ReplicaState state, String reason) {
        write(actor, "replica.set-state", did + "@" + rse, tx -> {
            replicas.setState(tx, actor, rse, did, state, reason);
            return null;
        });
    }

    @Override
    public void declareBad(String actor, String rse, Did did, String reason) {
        write(actor, "replica.bad", did + "@" + rse, tx -> {
            replicas.declareBad(tx, actor, rse, did, reason);
            return null;
        });
    }

    @Override
    public void declareSuspicious(String actor, String rse, Did did, String reason) {
        write(actor, "replica.suspicious", did + "@" + rse, tx -> {
            replicas.declareSuspicious(tx, actor, rse, did, reason);
            return null;
        });
    }

    @Override
    public void deleteReplica(String actor, String rse, Did did) {
        write(actor, "replica.delete", did + "@" + rse, tx -> {
            replicas.delete(tx, actor, rse, did);
            return null;
        });
    }

    // ---- rules

    @Override
    public Rule addRule(String actor, RuleSpec spec) {
        return write(actor, "rule.add", spec.did(), tx -> rules.add(tx, actor, spec));
    }

    @Override
    public Rule rule(String id) {
        return db.read(tx -> rules.require(tx, id));
    }

    @Override
    public List<Rule> listRules(Did did, String account) {
        return db.read(tx -> rules.list(tx, did, account));
    }

    @Override
    public List<ReplicaLock> listLocks(String ruleId) {
        return db.read(tx -> rules.locks(tx, ruleId));
    }

    @Override
    public void deleteRule(String actor, String ruleId) {
        write(actor, "rule.delete", ruleId, tx -> {
            rules.delete(tx, actor, ruleId, false);
            return null;
        });
    }

    @Override
    public void setRuleLocked(String actor, String ruleId, boolean locked) {
        write(actor, locked ? "rule.lock" : "rule.unlock", ruleId, tx -> {
            rules.setLocked(tx, actor, ruleId, locked);
            return null;
        });
    }

    @Override
    public void setRuleSuspended(String actor, String ruleId, boolean suspended) {
        write(actor, suspended ? "rule.suspend" : "rule.resume", ruleId, tx -> {
            rules.setSuspended(tx, actor, ruleId, suspended);
            return null;
        });
    }

    @Override
    public int expireRules(String actor, Instant now) {
        List<String> expired = write(actor, "rule.expire", "*", tx -> {
            permissions.requireTransferService(tx, actor, "expire rules");
            return rules.expired(tx, now);
        });
        int n = 0;
        for (String id : expired) {
            // one transaction per rule: a big expiry pass does not hold locks on the whole catalogue
            write(actor, "rule.expire", id, tx -> {
                rules.delete(tx, actor, id, true);
                return null;
            });
            n++;
        }
        return n;
    }

    @Override
    public ReapResult reap(String actor, String rse, Instant now, ReplicaDeleter deleter, Progress progress) {
        return reaper.reap(actor, rse, now, deleter, progress);
    }

    // ---- transfers

    @Override
    public List<TransferRequest> listRequests(TransferQuery query) {
        return db.read(tx -> transfers.list(tx, query));
    }

    @Override
    public TransferRequest request(long id) {
        return db.read(tx -> transfers.get(tx, id));
    }

    @Override
    public List<TransferRequest> claimRequests(String actor, String destinationRse, int max) {
        return write(actor, "transfer.submit", destinationRse, tx -> transfers.claim(tx, actor, destinationRse, max));
    }

    @Override
    public void completeRequest(String actor, long requestId, long bytes, String adler32, String md5) {
        String a = org.vre.lake.Checksums.adler32(adler32);
        String m = org.vre.lake.Checksums.md5(md5);
        write(actor, "transfer.done", "request " + requestId, tx -> {
            transfers.complete(tx, actor, requestId, bytes, a, m);
            return null;
        });
    }

    @Override
    public void failRequest(String actor, long requestId, String reason) {
        write(actor, "transfer.failed", "request " + requestId, tx -> {
            transfers.fail(tx, actor, requestId, reason);
            return null;
        });
    }

    @Override
    public void retryRequest(String actor, long requestId) {
        write(actor, "transfer.requeue", "request " + requestId, tx -> {
            transfers.retry(tx, actor, requestId);
            return null;
        });
    }

    // ---- subscriptions

    @Override
    public Subscription addSubscription(String actor, String name, String scope, String filter,
            List<RuleTemplate> templates, String comment) {
        return write(actor, "subscription.add", name, tx -> subscriptions.add(tx, actor, name, scope, filter, templates,
                comment));
    }

    @Override
    public List<Subscription> listSubscriptions() {
        return db.read(subscriptions::list);
    }

    @Override
    public void setSubscriptionState(String actor, String name, SubscriptionState state) {
        write(actor, "subscription.state", name, tx -> {
            subscriptions.setState(tx, actor, name, state);
            return null;
        });
    }

    @Override
    public int runSubscriptions(String actor, Progress progress) {
        return subscriptions.run(actor, progress);
    }

    // ---- events

    @Override
    public Stream<LakeEvent> events(EventQuery query) {
        return db.eventLog().query(query);
    }

    @Override
    public LakeEvent recordEvent(String account, String type, String target, LakeEvent.Outcome outcome, String detail) {
        return db.eventLog().record(account, type, target, outcome, detail);
    }

    @Override
    public void addListener(LakeEventListener listener) {
        db.eventLog().addListener(listener);
    }

    @Override
    public void removeListener(LakeEventListener listener) {
        db.eventLog().removeListener(listener);
    }

    @Override
    public URI location() {
        return location;
    }

    @Override
    public void close() {
        db.close();
    }
}
