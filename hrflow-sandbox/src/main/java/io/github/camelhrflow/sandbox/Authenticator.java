package io.github.camelhrflow.sandbox;

/** Checks HrFlow's two credential headers, {@code X-API-KEY} and {@code X-USER-EMAIL}. */
final class Authenticator {

    static final String API_KEY_HEADER = "X-API-KEY";
    static final String USER_EMAIL_HEADER = "X-USER-EMAIL";

    /** HrFlow masks the key it rejects; the sandbox does too, so a secret never lands in a client's logs. */
    static final String INVALID_KEY_MESSAGE = "Unauthorized. Invalid secret key: xxxxx ";
    static final String INVALID_EMAIL_MESSAGE = "Unauthorized. Invalid user email: xxxxx ";

    private final String apiKey;
    private final String userEmail;

    Authenticator(String apiKey, String userEmail) {
        this.apiKey = apiKey;
        this.userEmail = userEmail;
    }

    /** Wraps a handler so it only runs with valid credentials. */
    RouteHandler protect(RouteHandler handler) {
        return request -> {
            check(request);
            return handler.handle(request);
        };
    }

    private void check(ApiRequest request) {
        if (!apiKey.equals(request.header(API_KEY_HEADER))) {
            throw new ApiException(401, INVALID_KEY_MESSAGE);
        }
        // e-mail addresses are case-insensitive in practice
        String email = request.header(USER_EMAIL_HEADER);
        if (email == null || !userEmail.equalsIgnoreCase(email.trim())) {
            throw new ApiException(401, INVALID_EMAIL_MESSAGE);
        }
    }
}
