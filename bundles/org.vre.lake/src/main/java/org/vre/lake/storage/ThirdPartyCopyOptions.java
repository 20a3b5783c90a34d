package org.vre.lake.storage;

import java.time.Duration;
import java.util.Map;

/**
 * How a server-to-server copy is asked for (HTTP TPC; XRootD TPC uses what applies).
 *
 * @param mode PULL: the destination fetches from the source ({@code COPY} with {@code Source:});
 *        PUSH: the source sends to the destination ({@code COPY} with {@code Destination:})
 * @param credential what the active server uses to authenticate to the other one:
 *        {@code none}, {@code gridsite} (delegated proxy) or {@code oidc}
 * @param transferHeaders headers the active server forwards to the other one (sent as
 *        {@code TransferHeader<Name>: value}), e.g. an {@code Authorization} bearer token
 * @param timeout the limit for the whole copy
 */
public record ThirdPartyCopyOptions(Mode mode, String credential, Map<String, String> transferHeaders,
        Duration timeout) {

    public enum Mode { PULL, PUSH }

    public ThirdPartyCopyOptions {
        transferHeaders = Map.copyOf(transferHeaders);
    }

    /** Pull mode, no credential delegation, no extra headers, one hour. */
    public static ThirdPartyCopyOptions pull() {
        return new ThirdPartyCopyOptions(Mode.PULL, "none", Map.of(), Duration.ofHours(1));
    }
}
