package org.vre.lake;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.vre.core.Progress;

/**
 * The data-lake catalogue: accounts, scopes, DIDs, RSEs, replicas, rules, transfer requests, subscriptions
 * and the event log. Every mutating call names the acting {@code account} and is one transaction: it happens
 * whole or not at all. Methods returning a {@link Stream} hold a database cursor: close the stream
 * (try-with-resources); they read in constant memory. Errors are {@link org.vre.core.VreException}s whose
 * message says what is wrong ({@link PermissionDeniedException}, {@link NotFoundException}).
 */
public interface CatalogService extends AutoCloseable {

    // ---- accounts and scopes

    /** The account of this name. */
    Account account(String name);

    Account addAccount(String actor, String name, AccountType type, boolean admin);

    List<Account> listAccounts();

    /** Adds a scope owned by {@code owner}; admins add any scope, others only {@code user.<themselves>}. */
    Scope addScope(String actor, String scope, String owner);

    List<Scope> listScopes();

    // ---- DIDs

    DidDetails addFile(String actor, NewFile file);

    DidDetails addDataset(String actor, Did did, Map<String, Object> metadata);

    DidDetails addContainer(String actor, Did did, Map<String, Object> metadata);

    /**
     * Registers many files and attaches them to {@code dataset} (null: attach nowhere), in one transaction:
     * either all are registered or none. Returns the number of files.
     */
    int addFiles(String actor, Did dataset, List<NewFile> files, Progress progress);

    DidDetails did(Did did);

    Optional<DidDetails> findDid(Did did);

    /** Attaches files to a dataset, or datasets/containers to a container; refuses cycles and closed datasets. */
    void attach(String actor, Did parent, List<Did> children);

    void detach(String actor, Did parent, List<Did> children);

    /** Closes (or reopens) a collection: a closed dataset takes no more content. */
    void setOpen(String actor, Did collection, boolean open);

    /** Direct children of a collection. */
    Stream<DidDetails> listContent(Did collection);

    /**
     * The top of a scope for browsing: its DIDs that no collection contains (containers, datasets and loose
     * files), in the order they were registered.
     */
    Stream<DidDetails> listRoots(String scope);

    /** Every file below a DID (the DID itself when it is a file). */
    Stream<DidDetails> listFiles(Did did);

    /** Collections that directly contain this DID. */
    List<Did> listParents(Did did);

    /** Like {@code rucio list-dids}: DIDs in {@code scope} matching the filter; {@code recursive} adds content. */
    Stream<DidDetails> searchDids(String scope, DidFilter filter, boolean recursive);

    /** Sets typed metadata (String, Long/Integer, Double, Boolean); a null value removes the key. */
    void setMetadata(String actor, Did did, Map<String, Object> metadata);

    Map<String, Object> metadata(Did did);

    // ---- RSEs

    Rse addRse(String actor, String name, boolean deterministic, Map<String, String> attributes,
            List<RseProtocol> protocols);

    Rse rse(String name);

    List<Rse> listRses();

    /** The RSEs an expression selects; fails when it selects none. */
    List<Rse> listRses(String expression);

    void setRseAttributes(String actor, String rse, Map<String, String> attributes);

    void removeRseAttribute(String actor, String rse, String key);

    /** Adds or replaces (same scheme, host and port) a protocol. */
    void addProtocol(String actor, String rse, RseProtocol protocol);

    void removeProtocol(String actor, String rse, String scheme);

    /** Removes an RSE that holds no replica. */
    void deleteRse(String actor, String rse);

    /**
     * Where {@code did} lives (or would live) on {@code rse} for one operation, best protocol first.
     * For a non-deterministic RSE the replica's stored path is used, so the replica must exist.
     */
    List<Pfn> pfns(String rse, Did did, RseProtocol.Operation operation);

    // ---- replicas

    /** Declares replicas of existing files in a given state (e.g. the CLI's {@code replica add}). */
    void addReplicas(String actor, String rse, List<Did> files, ReplicaState state, String path);

    /**
     * The upload/transfer path: the bytes are in place and verified, register them AVAILABLE in one
     * transaction (file DIDs created or checked, replicas added or turned AVAILABLE, attachments made).
     */
    int registerAvailable(String actor, String rse, List<NewReplica> replicas);

    Optional<Replica> findReplica(String rse, Did did);

    /** Replicas of every file below {@code did}, PFNs per protocol (only the {@code schemes} given; empty = all). */
    Stream<FileReplicas> listReplicas(Did did, Set<String> schemes);

    /** All replicas on one RSE. */
    Stream<Replica> listReplicasOnRse(String rse);

    void setReplicaState(String actor, String rse, Did did, ReplicaState state, String reason);

    /**
     * Declares a replica BAD: it is no longer read; rules holding it get a new transfer from another
     * AVAILABLE replica (or go STUCK when none is left).
     */
    void declareBad(String actor, String rse, Did did, String reason);

    /** Records a suspicion (e.g. a checksum mismatch on read); the third one turns the replica BAD. */
    void declareSuspicious(String actor, String rse, Did did, String reason);

    /** Removes a replica's catalogue entry; refused while a rule holds it. */
    void deleteReplica(String actor, String rse, Did did);

    // ---- rules

    Rule addRule(String actor, RuleSpec spec);

    Rule rule(String id);

    /** Rules on this DID, or all rules when {@code did} is null; optionally only one account's. */
    List<Rule> listRules(Did did, String account);

    List<ReplicaLock> listLocks(String ruleId);

    /** Deletes a rule and its locks; replicas it alone held become eligible for deletion. Locked rules refuse. */
    void deleteRule(String actor, String ruleId);

    void setRuleLocked(String actor, String ruleId, boolean locked);

    /** Suspends (no new transfers are handed out) or resumes a rule. */
    void setRuleSuspended(String actor, String ruleId, boolean suspended);

    /** Deletes rules whose lifetime ended before {@code now} (locked ones stay); returns how many. */
    int expireRules(String actor, Instant now);

    /**
     * The reaper: deletes replicas on {@code rse} (null = all) that no lock holds and whose tombstone is before
     * {@code now}, calling {@code deleter} for the bytes first.
     */
    ReapResult reap(String actor, String rse, Instant now, ReplicaDeleter deleter, Progress progress);

    // ---- transfer requests (executed by the transfers engine)

    List<TransferRequest> listRequests(TransferQuery query);

    TransferRequest request(long id);

    /** Atomically moves up to {@code max} QUEUED requests to SUBMITTED (attempts + 1) for this caller. */
    List<TransferRequest> claimRequests(String actor, String destinationRse, int max);

    /** The copy is in place and verified: request DONE, replica AVAILABLE, locks OK, rule state updated. */
    void completeRequest(String actor, long requestId, long bytes, String adler32, String md5);

    /** The copy failed: back to QUEUED while attempts remain, else FAILED with the lock and the rule STUCK. */
    void failRequest(String actor, long requestId, String reason);

    /** Gives a FAILED request (and its STUCK lock) another round of attempts. */
    void retryRequest(String actor, long requestId);

    // ---- subscriptions

    Subscription addSubscription(String actor, String name, String scope, String filter, List<RuleTemplate> rules,
            String comment);

    List<Subscription> listSubscriptions();

    void setSubscriptionState(String actor, String name, SubscriptionState state);

    /** Creates rules for DIDs registered since each active subscription last ran; returns the number of rules. */
    int runSubscriptions(String actor, Progress progress);

    // ---- events

    Stream<LakeEvent> events(EventQuery query);

    /**
     * Records a data operation done outside the catalogue (a transfer: {@code transfer.upload},
     * {@code transfer.download}, {@code transfer.replicate}; {@code detail} carries bytes, duration, throughput,
     * protocol and error) in the event log, in its own transaction, and tells the listeners.
     */
    LakeEvent recordEvent(String account, String type, String target, LakeEvent.Outcome outcome, String detail);

    void addListener(LakeEventListener listener);

    void removeListener(LakeEventListener listener);

    /** Where this catalogue lives, for messages: a folder or a JDBC URL without credentials. */
    URI location();

    @Override
    void close();
}
