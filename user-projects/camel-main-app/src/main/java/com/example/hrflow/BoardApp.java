package com.example.hrflow;

import org.apache.camel.main.Main;

/** Camel Main: finds {@link BoardRoutes} in this package, reads application.properties. */
public final class BoardApp {

    private BoardApp() {
    }

    public static void main(String[] args) throws Exception {
        new Main(BoardApp.class).run(args);
    }
}
