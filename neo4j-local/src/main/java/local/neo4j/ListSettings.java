package local.neo4j;

import org.neo4j.configuration.Config;

/**
 * Prints the name of every setting this Neo4j declares, one a line: the names that its strict
 * configuration validation accepts. The tests check the Docker configuration against them.
 */
public final class ListSettings {
    public static void main(String[] args) {
        Config.defaults().getDeclaredSettings().keySet().stream().sorted().forEach(System.out::println);
    }

    private ListSettings() {}
}
