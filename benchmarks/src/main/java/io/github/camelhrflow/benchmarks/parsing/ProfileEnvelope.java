package io.github.camelhrflow.benchmarks.parsing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.camelhrflow.model.Profile;

/**
 * HrFlow's answer {@code {"code":200,"message":"...","data":{profile}}} as a user without camel-hrflow writes it for
 * Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProfileEnvelope {

    private int code;
    private String message;
    private Profile data;

    public int getCode() {
        return code;
    }

    public void setCode(int code) {
        this.code = code;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Profile getData() {
        return data;
    }

    public void setData(Profile data) {
        this.data = data;
    }
}
