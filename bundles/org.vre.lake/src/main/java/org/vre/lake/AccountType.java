package org.vre.lake;

/** Rucio's account kinds: a person, a group of people, or a daemon/service. */
public enum AccountType {
    USER, GROUP, SERVICE
}
