package io.github.camelhrflow.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Imports HrFlow jobs on request: {@code POST /jobs/{key}} gets the job through the hrflow component and stores it in
 * an embedded H2 database; {@code GET /jobs} lists what is stored. All HrFlow settings are in
 * {@code application.properties}.
 */
@SpringBootApplication
public class JobImportApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobImportApplication.class, args);
    }
}
