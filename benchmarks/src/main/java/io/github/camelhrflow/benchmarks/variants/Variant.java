package io.github.camelhrflow.benchmarks.variants;

import java.util.function.Function;

/** The ways of doing the same work that the benchmark compares. */
public enum Variant {

    FLOOR_A("floor A: HttpClient 5 + Jackson", ApacheHttpClientFetcher::new),
    FLOOR_B("floor B: JDK HttpClient + Jackson", JdkHttpClientFetcher::new),
    RAW_IN_PROCESSOR("floor A in a Camel processor", CamelRouteFetcher::rawInProcessor),
    HAND_ROLLED("hand-rolled camel-http route", CamelRouteFetcher::handRolled),
    CAMEL_HRFLOW("camel-hrflow", CamelRouteFetcher::hrflow);

    private final String label;
    private final Function<Target, JobFetcher> factory;

    Variant(String label, Function<Target, JobFetcher> factory) {
        this.label = label;
        this.factory = factory;
    }

    public String label() {
        return label;
    }

    /** A started fetcher for the target; the caller closes it. */
    public JobFetcher create(Target target) {
        return factory.apply(target);
    }
}
