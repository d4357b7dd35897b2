package io.github.camelhrflow.springboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application that only has the starter; tests add {@link JobRoute} and beans of their own. */
@SpringBootConfiguration
@EnableAutoConfiguration
class StarterTestApplication {
}
