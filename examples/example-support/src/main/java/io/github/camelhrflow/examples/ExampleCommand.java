package io.github.camelhrflow.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of an example, read by picocli: a subclass declares its {@code @Command}, {@code @Option}s and
 * {@code @Parameters} and returns its exit code from {@link #call()}. Every example thus has {@code --help}, and a
 * bad argument is answered with picocli's message and the usage, exit code 2.
 * <p>
 * Configuration beyond the arguments stays Camel Main's: {@code application.properties}, overridden by {@code -D}
 * system properties and environment variables.
 */
@Command(sortOptions = false, usageHelpAutoWidth = true,
         footer = { "",
                 "Without HRFLOW_API_KEY it starts an embedded HrFlow sandbox and uses its demo board; with HRFLOW_API_KEY,"
                        + " HRFLOW_USER_EMAIL and HRFLOW_BOARD_KEY set it uses the real HrFlow API.",
                 "Any property of application.properties can be overridden with -Dname=value." })
public abstract class ExampleCommand implements Callable<Integer> {

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
    boolean help;

    /**
     * Parses {@code args} into {@code command} and runs it. Exits the JVM only on a non-zero code: under
     * {@code exec:java} the example runs inside Maven's JVM, which a zero exit would cut short.
     */
    public static void main(ExampleCommand command, String[] args) {
        int code = commandLine(command).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command line {@link #main} runs: picocli's, with errors of set-up reported without a stack trace. */
    public static CommandLine commandLine(ExampleCommand command) {
        return new CommandLine(command).setExecutionExceptionHandler(ExampleCommand::setUpError);
    }

    /**
     * A missing key or a half-set environment surfaces as an IllegalArgumentException or IllegalStateException whose
     * message says what to do; a stack trace would only bury it. Anything else is a bug and keeps its trace.
     */
    private static int setUpError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (!(e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
            throw e;
        }
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getColorScheme().errorText(e.getMessage()));
        err.println("Run with --help for the arguments.");
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }
}
