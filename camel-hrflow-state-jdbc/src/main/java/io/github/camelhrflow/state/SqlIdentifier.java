package io.github.camelhrflow.state;

import java.util.regex.Pattern;

/**
 * Checks table names before they are put into SQL text: a name is written unquoted into every statement, so only
 * plain identifiers (optionally schema-qualified) are accepted.
 */
final class SqlIdentifier {

    // 63 is PostgreSQL's limit for an identifier; longer names would be silently truncated there
    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private SqlIdentifier() {
    }

    static String requireTableName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(
                    "tableName must be set (default " + JdbcStateRepository.DEFAULT_TABLE_NAME
                                               + ")");
        }
        String[] parts = name.split("\\.", -1);
        boolean valid = parts.length <= 2;
        for (String part : parts) {
            valid &= PART.matcher(part).matches();
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    "Invalid tableName '" + name + "': use an SQL identifier of letters, digits and underscores"
                                               + " (at most 63, not starting with a digit), optionally prefixed by"
                                               + " a schema and a dot, e.g. " + JdbcStateRepository.DEFAULT_TABLE_NAME
                                               + " or hrflow." + JdbcStateRepository.DEFAULT_TABLE_NAME);
        }
        return name;
    }
}
