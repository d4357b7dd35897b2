package io.github.camelhrflow.sandbox;

/** Ends a request with an HrFlow error envelope {@code {"code":status,"message":message}}. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** HrFlow answers bad parameters, unknown boards and unknown jobs with 400. */
    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** The exact wording HrFlow's own tools look for ({@code Unable to find object}). */
    static ApiException notFound(String object) {
        return badRequest("Invalid parameters. Unable to find object: " + object);
    }

    int status() {
        return status;
    }
}
