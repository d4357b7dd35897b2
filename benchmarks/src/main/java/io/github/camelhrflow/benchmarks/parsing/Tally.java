package io.github.camelhrflow.benchmarks.parsing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.model.Profile;
import org.apache.camel.Exchange;

/** The end of a parsing route: counts the profiles that come out of it, and the files that failed. */
final class Tally {

    private final int files;
    private final Set<String> profileKeys = ConcurrentHashMap.newKeySet();
    private final CountDownLatch ended;
    private volatile Throwable failure;

    Tally(int files) {
        this.files = files;
        this.ended = new CountDownLatch(files);
    }

    /** A file's exchange reached the end with its profile in the body. */
    void profile(Exchange exchange) {
        Profile profile = exchange.getMessage().getBody(Profile.class);
        if (profile == null || profile.getKey() == null) {
            failure = new IllegalStateException("A file ended without a profile: " + exchange.getMessage().getBody());
        } else {
            profileKeys.add(profile.getKey());
        }
        ended.countDown();
    }

    /** A file's exchange failed. */
    void failed(Exchange exchange) {
        failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ended.countDown();
    }

    /** Waits until every file has ended; then fails if one failed or two files gave the same profile. */
    void await(long timeoutSeconds) throws InterruptedException {
        if (!ended.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException((files - ended.getCount()) + " of " + files + " files ended within "
                                            + timeoutSeconds + " s");
        }
        if (failure != null) {
            throw new IllegalStateException("A file failed: " + failure, failure);
        }
        if (profileKeys.size() != files) {
            throw new IllegalStateException(files + " files gave " + profileKeys.size() + " distinct profiles");
        }
    }
}
