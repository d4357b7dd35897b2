package io.github.camelhrflow.benchmarks.variants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.camelhrflow.model.Job;

/**
 * HrFlow's answer {@code {"code":200,"message":"...","data":{job}}} as a user without camel-hrflow writes it for
 * Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class JobEnvelope {

    private int code;
    private String message;
    private Job data;

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

    public Job getData() {
        return data;
    }

    public void setData(Job data) {
        this.data = data;
    }
}
