package org.vre.engine;

import java.util.Map;

/**
 * How the engine sets up jobs.
 *
 * @param jobEnvironment  variables every job gets (the lake: {@code VRE_LAKE}, {@code VRE_ACCOUNT}...)
 * @param userEnvironment the environment credentials are passed through from ({@code X509_USER_PROXY},
 *                        {@code BEARER_TOKEN_FILE}, {@code RUCIO_*}) until the authentication service provides them
 * @param didFetcher      fetches {@code scope:name} inputs from the lake (null: DIDs in inputs are an error)
 */
public record EngineSettings(Map<String, String> jobEnvironment, Map<String, String> userEnvironment,
        DidFetcher didFetcher) {

    public EngineSettings {
        jobEnvironment = Map.copyOf(jobEnvironment);
        userEnvironment = Map.copyOf(userEnvironment);
    }
}
